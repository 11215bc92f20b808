package se.kundlofte.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kundlofte.test.IntegrationTest;

/** The running app reads Vaadin's lookup through {@link CachedLookups}, and it still answers as Vaadin's. */
@IntegrationTest
class CachedLookupsInAppTest {

    @Autowired
    ServletContext servletContext;

    @Autowired
    VaadinRolePrefixHolder rolePrefix;

    @Test
    void theAppsLookupKeepsTheFixedAnswersAndStillFindsSpringBeans() {
        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);

        assertThat(lookup).isInstanceOf(CachedLookups.Kept.class);
        assertThat(lookup.lookup(VaadinRolePrefixHolder.class)).isSameAs(rolePrefix);
        assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class)).isNull();
        assertThat(((CachedLookups.Kept) lookup).answers()).containsKeys(VaadinRolePrefixHolder.class);
    }
}
