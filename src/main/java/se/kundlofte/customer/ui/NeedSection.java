package se.kundlofte.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.ui.ConfirmRemove;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.NeedItem;
import se.kundlofte.customer.NeedKind;
import se.kundlofte.customer.NeedService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/** The customer page's needs: direct beside indirect. */
@org.springframework.stereotype.Component
class NeedSection implements CustomerSection {

    private final NeedService needs;

    NeedSection(NeedService needs) {
        this.needs = needs;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "needs.title";
    }

    @Override
    public Component create(CustomerDetails customer) {
        return new Panel(customer.id());
    }

    final class Panel extends Div {

        private final long customerId;

        Panel(long customerId) {
            this.customerId = customerId;
            addClassName("needs");
            refresh();
        }

        void refresh() {
            removeAll();
            if (CurrentUser.can(Permission.CUSTOMER_EDIT)) {
                Button add = new Button(getTranslation("needs.action.add"), new Icon(VaadinIcon.PLUS), e -> open(null));
                add.setId("add-need");
                add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                add(add);
            }
            List<NeedItem> all = needs.forCustomer(customerId);
            Div columns = new Div();
            columns.addClassName("need-columns");
            for (NeedKind kind : NeedKind.values()) {
                Div column = new Div(new H4(getTranslation(kind.translationKey())));
                column.addClassName("need-column");
                List<NeedItem> ofKind =
                        all.stream().filter(n -> n.kind() == kind).toList();
                if (ofKind.isEmpty()) {
                    Span none = new Span(getTranslation("needs.none"));
                    none.addClassName("muted");
                    column.add(none);
                }
                ofKind.forEach(need -> column.add(card(need)));
                columns.add(column);
            }
            add(columns);
        }

        private Div card(NeedItem need) {
            Span title = new Span(need.title());
            title.addClassName("need-title");
            Div card = new Div(title);
            card.addClassName("need");
            if (need.description() != null) {
                card.add(new Paragraph(need.description()));
            }
            if (CurrentUser.can(Permission.CUSTOMER_EDIT)) {
                Button edit = new Button(new Icon(VaadinIcon.EDIT), e -> open(need));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("needs.action.edit", need.title()));
                Button remove = new Button(new Icon(VaadinIcon.TRASH), e -> remove(need));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("needs.action.remove", need.title()));
                Div buttons = new Div(edit, remove);
                buttons.addClassName("person-actions");
                card.add(buttons);
            }
            return card;
        }

        void open(NeedItem need) {
            new NeedDialog(
                            need,
                            (current, form) -> current == null
                                    ? needs.create(customerId, form)
                                    : needs.update(current.id(), current.version(), form),
                            () -> needs.forCustomer(customerId).stream()
                                    .filter(n -> n.id() == need.id())
                                    .findFirst()
                                    .orElseThrow(),
                            saved -> refresh())
                    .open();
        }

        private void remove(NeedItem need) {
            ConfirmRemove.ask(this, getTranslation("needs.confirmRemove", need.title()), () -> {
                try {
                    needs.delete(need.id(), need.version());
                    Notifications.success(getTranslation("needs.removed", need.title()));
                } catch (ConcurrentEditException e) {
                    Notifications.error(getTranslation("conflict.reloaded"));
                }
                refresh();
            });
        }
    }
}
