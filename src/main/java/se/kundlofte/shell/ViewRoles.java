package se.kundlofte.shell;

import com.vaadin.flow.component.Component;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import se.kundlofte.security.Permission;

/**
 * Reads a view's access annotation, to show each role the views it may open. Views name
 * permissions in {@code @RolesAllowed}; a role may open the view when it holds one of them.
 */
final class ViewRoles {

    private ViewRoles() {}

    /** True when a user holding only this role may open the view. */
    static boolean allows(Class<? extends Component> view, String role) {
        if (view.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed rolesAllowed = view.getAnnotation(RolesAllowed.class);
        return rolesAllowed != null
                && Arrays.stream(rolesAllowed.value())
                        .anyMatch(permission -> Permission.rolesWith(permission).contains(role));
    }
}
