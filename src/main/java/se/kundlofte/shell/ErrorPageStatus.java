package se.kundlofte.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * The page a browser asks for first carries the status of what it will show. Vaadin answers every
 * address with the same bootstrap page (200) and only then shows the view, so an address that
 * leads nowhere ({@link PageNotFound}) or a page the user's roles do not open
 * ({@link PageNotAllowed}) would read as a success to the browser, bookmarks and monitoring. This
 * resolves the address as the router will and sets 404 or 403. Anonymous visitors never get here:
 * Spring Security sends them to the login page first.
 *
 * <p>With Vaadin's eager server load (our configuration) the page request has already navigated,
 * and the router has set the error view's status itself; then there is nothing left to do here.
 */
@org.springframework.stereotype.Component
class ErrorPageStatus implements VaadinServiceInitListener {

    private final NavigationAccessControl accessControl;

    ErrorPageStatus(NavigationAccessControl accessControl) {
        this.accessControl = accessControl;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::setStatus);
    }

    private void setStatus(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        if (response.getUI().isPresent() || request.getUserPrincipal() == null) {
            return;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("").replaceFirst("^/", "");
        Optional<Class<? extends Component>> target = RouteConfiguration.forRegistry(
                        ApplicationRouteRegistry.getInstance(
                                request.getService().getContext()))
                .getRoute(path);
        if (target.isEmpty()) {
            response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var context = accessControl.createNavigationContext(target.get(), path, request.getService(), request);
        boolean production = request.getService().getDeploymentConfiguration().isProductionMode();
        if (accessControl.checkAccess(context, production).decision() != AccessCheckDecision.ALLOW) {
            response.getVaadinResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
