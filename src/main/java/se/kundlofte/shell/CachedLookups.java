package se.kundlofte.shell;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Vaadin looks up two of its services on every request that a user's page sends: whether an
 * event argument belongs to a Polymer template (every scroll of a list, every drop on the board)
 * and how roles are prefixed (every navigation's access check). Its Spring lookup scans the class
 * path for service files each time, whether or not a bean exists: under 100 users opening the
 * board at once that was about a twentieth of the server's work. Both answers are fixed while the
 * app runs, so they are kept after the first lookup; every other lookup goes to Vaadin's as before.
 */
@Component
class CachedLookups implements VaadinServiceInitListener {

    /** Looked up per request, the same answer for the life of the app. */
    static final Set<Class<?>> FIXED =
            Set.of(DeprecatedPolymerPublishedEventHandler.class, VaadinRolePrefixHolder.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Vaadin refuses to set its lookup twice through VaadinContext, to keep one lookup per
        // app. This keeps it one: the same lookup, answering through Kept. VaadinServletContext
        // stores it under the interface's name, where it is read on every request.
        if (event.getSource().getContext() instanceof VaadinServletContext context) {
            Lookup lookup = context.getAttribute(Lookup.class);
            if (lookup != null && !(lookup instanceof Kept)) {
                context.getContext().setAttribute(Lookup.class.getName(), new Kept(lookup, new ConcurrentHashMap<>()));
            }
        }
    }

    /** Vaadin's lookup, with the answers for {@link #FIXED} kept (also "none"). */
    record Kept(Lookup vaadin, Map<Class<?>, Optional<Object>> answers) implements Lookup {

        @Override
        public <T> @Nullable T lookup(Class<T> serviceClass) {
            if (!FIXED.contains(serviceClass)) {
                return vaadin.lookup(serviceClass);
            }
            return serviceClass.cast(
                    answers.computeIfAbsent(serviceClass, type -> Optional.ofNullable(vaadin.lookup(type)))
                            .orElse(null));
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            return vaadin.lookupAll(serviceClass);
        }
    }
}
