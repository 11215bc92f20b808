package se.kundlofte.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class CachedLookupsTest {

    private final List<Class<?>> asked = new ArrayList<>();
    private final VaadinRolePrefixHolder prefix = new VaadinRolePrefixHolder("ROLE_");

    /** Vaadin's lookup as seen from outside: it knows the role prefix and nothing else, and records every question. */
    private final Lookup vaadin = new Lookup() {
        @Override
        public <T> T lookup(Class<T> serviceClass) {
            asked.add(serviceClass);
            return serviceClass == VaadinRolePrefixHolder.class ? serviceClass.cast(prefix) : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            asked.add(serviceClass);
            return List.of();
        }
    };

    private final CachedLookups.Kept kept = new CachedLookups.Kept(vaadin, new ConcurrentHashMap<>());

    @Test
    void theAnswersAskedOnEveryRequestAreKeptAfterTheFirstLookupEvenWhenThereIsNone() {
        for (int i = 0; i < 3; i++) {
            assertThat(kept.lookup(VaadinRolePrefixHolder.class)).isSameAs(prefix);
            assertThat(kept.lookup(DeprecatedPolymerPublishedEventHandler.class))
                    .isNull();
        }

        assertThat(asked).containsExactly(VaadinRolePrefixHolder.class, DeprecatedPolymerPublishedEventHandler.class);
    }

    @Test
    void everyOtherLookupGoesToVaadinEachTime() {
        kept.lookup(String.class);
        kept.lookup(String.class);
        kept.lookupAll(VaadinRolePrefixHolder.class);

        assertThat(asked).containsExactly(String.class, String.class, VaadinRolePrefixHolder.class);
    }
}
