package se.kundlofte.shell;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import se.kundlofte.security.Permission;

/**
 * An address that leads nowhere: a page in the portal's frame that says so, with the way back to
 * the start page. Answers 404. Anonymous visitors are sent to the login page first.
 */
@ParentLayout(MainLayout.class)
@RolesAllowed(Permission.PORTAL_USE)
class PageNotFound extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("page-not-found", VaadinIcon.QUESTION_CIRCLE_O, "error.notFound.title", "error.notFound.text", event);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
