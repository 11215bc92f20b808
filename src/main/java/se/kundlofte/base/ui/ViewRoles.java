package se.kundlofte.base.ui;

import com.vaadin.flow.component.Component;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;

/** Reads a view's access annotations, to show each role the views it may open. */
public final class ViewRoles {

    private ViewRoles() {}

    /** True when a user holding only this role may open the view. */
    public static boolean allows(Class<? extends Component> view, String role) {
        if (view.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed rolesAllowed = view.getAnnotation(RolesAllowed.class);
        return rolesAllowed != null && Arrays.asList(rolesAllowed.value()).contains(role);
    }
}
