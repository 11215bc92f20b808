package se.kundlofte.test;

import com.vaadin.flow.component.Component;

/**
 * A feature's view by its class name, for tests outside the feature's package: views are
 * package-private, the feature's navigation class is their public way in.
 */
public final class Views {

    private Views() {}

    public static Class<? extends Component> named(String className) {
        try {
            return Class.forName(className).asSubclass(Component.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("No view " + className, e);
        }
    }
}
