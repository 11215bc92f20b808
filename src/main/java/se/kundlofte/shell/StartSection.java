package se.kundlofte.shell;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import se.kundlofte.security.KundlofteUser;

/**
 * A feature's part of the start page for the logged-in user (such as their open follow-ups),
 * shown below the greeting in {@link #order()}. Features implement it as beans; the start page
 * does not know them. Empty when the feature has nothing for this user.
 */
public interface StartSection {

    /** Lower comes first. */
    int order();

    Optional<Component> create(KundlofteUser user);
}
