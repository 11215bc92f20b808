package se.kundlofte.shell;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import se.kundlofte.security.Permission;

/**
 * A page the user's roles do not open: a page in the portal's frame that says so and who to ask,
 * with the way back to the start page. Answers 403.
 */
@ParentLayout(MainLayout.class)
@RolesAllowed(Permission.PORTAL_USE)
class PageNotAllowed extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("page-not-allowed", VaadinIcon.LOCK, "error.notAllowed.title", "error.notAllowed.text", event);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
