package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Links a higher feature shows in a requirement's header, such as the promise the requirement was
 * created to keep. Features implement it as Spring beans; the requirement page knows none of them.
 */
public interface RequirementLinks {

    /** The links for the requirement, or empty when the feature has none for it. */
    Optional<Component> links(long requirementId);
}
