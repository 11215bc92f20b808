package se.kundlofte.shell;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Vaadin asks, for every request, whether its address is a file in the app's static resources
 * ({@code /board}? {@code /?v-r=uidl}?) by searching every jar on the class path. Under 100 users
 * opening the board at once that search was about a twentieth of the server's work, and its answer
 * for our pages is always no. In production the files cannot change while the app runs, so an
 * address once found not to be a file is answered "no" at once from then on. The
 * {@link #REMEMBERED} addresses used most recently are kept, so pages with ids in their address
 * (customers/123) come and go while the board and the UIDL address stay; addresses longer than
 * {@link #LONGEST} characters are never kept. In development mode,
 * where files are built while the app runs, Vaadin's own handler is used unchanged.
 */
@Component
class KnownStaticFiles implements StaticFileHandlerFactory {

    static final int REMEMBERED = 2_000;

    /** Longer addresses are not remembered: no made-up address can fill the memory. */
    static final int LONGEST = 200;

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        StaticFileServer vaadin = new StaticFileServer(service);
        return service.getDeploymentConfiguration().isProductionMode()
                ? new NotFilesRemembered(vaadin, recentlyUsed())
                : vaadin;
    }

    /** A set that forgets the address used least recently beyond {@link #REMEMBERED}; safe for many threads. */
    static Set<String> recentlyUsed() {
        return Collections.synchronizedSet(
                Collections.newSetFromMap(new LinkedHashMap<String, Boolean>(256, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                        return size() > REMEMBERED;
                    }
                }));
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
            if (!served && address.length() <= LONGEST) {
                notFiles.add(address);
            }
            return served;
        }
    }
}
