package se.kundlofte.customer.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;

/** Key account and archived badges, the same in the register and on the customer page. */
final class CustomerBadges extends Div {

    CustomerBadges(boolean keyAccount, boolean archived) {
        addClassName("badges");
        if (keyAccount) {
            Badge badge = new Badge(getTranslation("customer.keyAccount"));
            badge.addThemeVariants(BadgeVariant.SUCCESS);
            add(badge);
        }
        if (archived) {
            Badge badge = new Badge(getTranslation("customer.archived"));
            badge.addThemeVariants(BadgeVariant.CONTRAST);
            add(badge);
        }
    }
}
