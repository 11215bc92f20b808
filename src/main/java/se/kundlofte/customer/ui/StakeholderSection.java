package se.kundlofte.customer.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.ui.ConfirmRemove;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerRole;
import se.kundlofte.customer.StakeholderItem;
import se.kundlofte.customer.StakeholderService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/** The customer page's stakeholders, grouped by customer role, with missing-role warnings. */
@org.springframework.stereotype.Component
class StakeholderSection implements CustomerSection {

    private final StakeholderService stakeholders;

    StakeholderSection(StakeholderService stakeholders) {
        this.stakeholders = stakeholders;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "stakeholders.title";
    }

    @Override
    public com.vaadin.flow.component.Component create(CustomerDetails customer) {
        return new Panel(customer.id());
    }

    /** Rebuilds itself after every change. */
    final class Panel extends Div {

        private final long customerId;

        Panel(long customerId) {
            this.customerId = customerId;
            addClassName("stakeholders");
            refresh();
        }

        void refresh() {
            removeAll();
            List<StakeholderItem> people = stakeholders.forCustomer(customerId);
            warnIfMissing(people, CustomerRole.DECISION_MAKER, "stakeholders.warning.noDecisionMaker");
            warnIfMissing(people, CustomerRole.PAYER, "stakeholders.warning.noPayer");
            if (CurrentUser.can(Permission.CUSTOMER_EDIT)) {
                Button add = new Button(
                        getTranslation("stakeholders.action.add"), new Icon(VaadinIcon.PLUS), e -> open(null));
                add.setId("add-stakeholder");
                add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                add(add);
            }
            if (people.isEmpty()) {
                Span none = new Span(getTranslation("stakeholders.none"));
                none.addClassName("muted");
                add(none);
                return;
            }
            Div groups = new Div();
            groups.addClassName("role-groups");
            for (CustomerRole role : CustomerRole.values()) {
                List<StakeholderItem> inRole =
                        people.stream().filter(p -> p.roles().contains(role)).toList();
                Div group = new Div(new H4(getTranslation(role.translationKey()) + " (" + inRole.size() + ")"));
                group.addClassName("role-group");
                group.getElement().setAttribute("data-role", role.name());
                if (inRole.isEmpty()) {
                    Span none = new Span(getTranslation("stakeholders.noneInRole"));
                    none.addClassName("muted");
                    group.add(none);
                }
                inRole.forEach(person -> group.add(card(person)));
                groups.add(group);
            }
            add(groups);
        }

        private void warnIfMissing(List<StakeholderItem> people, CustomerRole role, String key) {
            if (people.stream().noneMatch(p -> p.roles().contains(role))) {
                Div warning = new Div(new Icon(VaadinIcon.WARNING), new Span(getTranslation(key)));
                warning.addClassName("warning");
                warning.getElement().setAttribute("role", "status");
                add(warning);
            }
        }

        private Div card(StakeholderItem person) {
            Span name = new Span(person.name());
            name.addClassName("person-name");
            Div top = new Div(name);
            top.addClassName("person-top");
            if (person.primaryContact()) {
                Badge primary = new Badge(getTranslation("stakeholder.primary"));
                primary.addThemeVariants(BadgeVariant.SMALL);
                top.add(primary);
            }
            Div card = new Div(top);
            card.addClassName("person");
            if (person.title() != null) {
                Span title = new Span(person.title());
                title.addClassName("muted");
                card.add(title);
            }
            if (person.email() != null) {
                card.add(new Anchor("mailto:" + person.email(), person.email()));
            }
            if (person.phone() != null) {
                card.add(new Anchor("tel:" + person.phone().replaceAll("[^+0-9]", ""), person.phone()));
            }
            Div roleBadges = new Div();
            roleBadges.addClassName("badges");
            person.roles().forEach(role -> {
                Badge badge = new Badge(getTranslation(role.translationKey()));
                badge.addThemeVariants(BadgeVariant.SMALL);
                roleBadges.add(badge);
            });
            card.add(roleBadges);
            if (CurrentUser.can(Permission.CUSTOMER_EDIT)) {
                Button edit = new Button(new Icon(VaadinIcon.EDIT), e -> open(person));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("stakeholders.action.edit", person.name()));
                edit.setTooltipText(getTranslation("stakeholders.action.edit", person.name()));
                Button remove = new Button(new Icon(VaadinIcon.TRASH), e -> remove(person));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("stakeholders.action.remove", person.name()));
                remove.setTooltipText(getTranslation("stakeholders.action.remove", person.name()));
                Div buttons = new Div(edit, remove);
                buttons.addClassName("person-actions");
                card.add(buttons);
            }
            return card;
        }

        void open(StakeholderItem person) {
            new StakeholderDialog(
                            person,
                            (current, form) -> current == null
                                    ? stakeholders.create(customerId, form)
                                    : stakeholders.update(current.id(), current.version(), form),
                            () -> stakeholders.forCustomer(customerId).stream()
                                    .filter(p -> p.id() == person.id())
                                    .findFirst()
                                    .orElseThrow(),
                            saved -> refresh())
                    .open();
        }

        private void remove(StakeholderItem person) {
            ConfirmRemove.ask(this, getTranslation("stakeholders.confirmRemove", person.name()), () -> {
                try {
                    stakeholders.delete(person.id(), person.version());
                    Notifications.success(getTranslation("stakeholders.removed", person.name()));
                } catch (ConcurrentEditException e) {
                    Notifications.error(getTranslation("conflict.reloaded"));
                }
                refresh();
            });
        }
    }
}
