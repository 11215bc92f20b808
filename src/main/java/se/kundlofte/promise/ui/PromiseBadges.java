package se.kundlofte.promise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.kundlofte.promise.HealthStatus;
import se.kundlofte.promise.PromiseHealth;
import se.kundlofte.promise.PromiseListItem;
import se.kundlofte.promise.PromiseScope;

/** The health badge and the scope in words, the same in the register, the promise and the customer page. */
final class PromiseBadges {

    private PromiseBadges() {}

    static Badge health(Component owner, @Nullable PromiseHealth health) {
        HealthStatus status = health == null ? HealthStatus.NOT_MEASURED : health.status();
        Badge badge = new Badge(owner.getTranslation(status.translationKey()));
        badge.addClassName("health-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        switch (status) {
            case KEPT -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case AT_RISK, DISPUTED -> badge.addThemeVariants(BadgeVariant.WARNING);
            case BROKEN -> badge.addThemeVariants(BadgeVariant.ERROR);
            case NOT_MEASURED -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }

    static String scope(Component owner, PromiseListItem p) {
        return scope(
                owner,
                p.scope(),
                p.segment() == null ? null : p.segment().translationKey(),
                p.industry(UI.getCurrent().getLocale()),
                p.customerName());
    }

    static String scope(
            Component owner,
            PromiseScope scope,
            @Nullable String segmentKey,
            @Nullable String industry,
            @Nullable String customer) {
        String label = owner.getTranslation(scope.translationKey());
        return switch (scope) {
            case ALL -> label;
            case SEGMENT -> label + ": " + (segmentKey == null ? "" : owner.getTranslation(segmentKey));
            case INDUSTRY -> label + ": " + (industry == null ? "" : industry);
            case CUSTOMER -> label + ": " + (customer == null ? "" : customer);
        };
    }
}
