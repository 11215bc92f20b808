package se.kundlofte.test;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every route of the portal for the UI tests. Karibu's discovery sees public classes only, while
 * the views are package-private; the routes are found as Vaadin's Spring integration finds them.
 */
public final class AppRoutes {

    private static final String PACKAGE = "se.kundlofte";

    private AppRoutes() {}

    public static Routes discover() {
        Routes routes = new Routes().autoDiscoverViews(PACKAGE);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents(PACKAGE)) {
            routes.getRoutes().add(Views.named(candidate.getBeanClassName()));
        }
        return routes;
    }
}
