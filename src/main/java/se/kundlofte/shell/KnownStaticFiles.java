package se.kundlofte.shell;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Vaadin asks, for every request, whether its address is a file in the app's static resources
 * ({@code /board}? {@code /?v-r=uidl}?) by searching every jar on the class path. Under 100 users
 * opening the board at once that search was about a twentieth of the server's work, and its answer
 * for our pages is always no. In production the files cannot change while the app runs, so an
 * address once found not to be a file is answered "no" at once from then on (at most
 * {@link #REMEMBERED} addresses; beyond that, Vaadin searches as before). In development mode,
 * where files are built while the app runs, Vaadin's own handler is used unchanged.
 */
@Component
class KnownStaticFiles implements StaticFileHandlerFactory {

    static final int REMEMBERED = 10_000;

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        StaticFileServer vaadin = new StaticFileServer(service);
        return service.getDeploymentConfiguration().isProductionMode()
                ? new NotFilesRemembered(vaadin, ConcurrentHashMap.newKeySet())
                : vaadin;
    }

    /** Vaadin's handler, with the addresses that were no file remembered. */
    record NotFilesRemembered(StaticFileHandler vaadin, Set<String> notFiles) implements StaticFileHandler {

        @Override
        public boolean serveStaticResource(HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            String address = request.getMethod() + " " + request.getServletPath()
                    + (request.getPathInfo() == null ? "" : request.getPathInfo());
            if (notFiles.contains(address)) {
                return false;
            }
            boolean served = vaadin.serveStaticResource(request, response);
            if (!served && notFiles.size() < REMEMBERED) {
                notFiles.add(address);
            }
            return served;
        }
    }
}
