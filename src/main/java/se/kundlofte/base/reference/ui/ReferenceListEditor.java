package se.kundlofte.base.reference.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.base.reference.ReferenceListService;
import se.kundlofte.base.ui.FormDialog;

/**
 * The administration of one reference list: a toolbar with an optional title and an add button,
 * a grid of both names and whether each entry is in use, and a dialog to add or edit an entry.
 * Every list is maintained the same way; a view places one or more of these.
 */
public class ReferenceListEditor extends Div {

    /** The translation keys that differ between lists. */
    public record Labels(String titleKey, String addKey, String editKey) {}

    public final Grid<ReferenceItem> grid = new Grid<>();
    public final Button add = new Button();
    private final ReferenceListService service;
    private final Labels labels;

    public ReferenceListEditor(ReferenceListService service, Labels labels) {
        this.service = service;
        this.labels = labels;
        addClassName("reference-list");
        add.setText(getTranslation(labels.addKey()));
        add.setIcon(new Icon(VaadinIcon.PLUS));
        add.addClickListener(e -> new Editor(null).open());
        Div toolbar =
                labels.titleKey() == null ? new Div(add) : new Div(new H3(getTranslation(labels.titleKey())), add);
        toolbar.addClassName("toolbar");

        grid.addColumn(ReferenceItem::nameSv)
                .setHeader(getTranslation("industries.field.nameSv"))
                .setKey("nameSv");
        grid.addColumn(ReferenceItem::nameEn)
                .setHeader(getTranslation("industries.field.nameEn"))
                .setKey("nameEn");
        grid.addComponentColumn(i -> {
                    Badge badge = new Badge(getTranslation(i.active() ? "industries.active" : "industries.inactive"));
                    badge.addThemeVariants(i.active() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
                    return badge;
                })
                .setHeader(getTranslation("industries.field.active"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(i -> {
                    Button edit = new Button(new Icon(VaadinIcon.EDIT), e -> new Editor(i).open());
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    edit.setAriaLabel(getTranslation("industries.action.edit", i.name(getLocale())));
                    return edit;
                })
                .setWidth("5rem")
                .setFlexGrow(0);
        refresh();
        add(toolbar, grid);
    }

    public void refresh() {
        // A short reference list: all of it in one call is right here.
        grid.setItems(service.list(true));
    }

    /** Adds or edits one entry. */
    public final class Editor extends FormDialog {

        public final TextField nameSv = new TextField();
        public final TextField nameEn = new TextField();
        public final Checkbox active = new Checkbox();
        private ReferenceItem original;

        Editor(ReferenceItem original) {
            this.original = original;
            setHeaderTitle(getTranslation(original == null ? labels.addKey() : labels.editKey()));
            nameSv.setLabel(getTranslation("industries.field.nameSv"));
            nameSv.setRequiredIndicatorVisible(true);
            nameEn.setLabel(getTranslation("industries.field.nameEn"));
            nameEn.setRequiredIndicatorVisible(true);
            active.setLabel(getTranslation("industries.field.active"));
            active.setValue(true);
            active.setVisible(original != null);
            fill(original);
            add(new FormLayout(nameSv, nameEn, active));
            Button save = new Button(
                    getTranslation("action.save"),
                    e -> save(
                            () -> this.original == null
                                    ? service.create(nameSv.getValue(), nameEn.getValue())
                                    : service.update(
                                            this.original.id(),
                                            this.original.version(),
                                            nameSv.getValue(),
                                            nameEn.getValue(),
                                            active.getValue()),
                            saved -> refresh(),
                            getTranslation("industries.saved", nameSv.getValue().trim())));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickShortcut(Key.ENTER);
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        }

        private void fill(ReferenceItem item) {
            if (item != null) {
                nameSv.setValue(item.nameSv());
                nameEn.setValue(item.nameEn());
                active.setValue(item.active());
            }
        }

        @Override
        protected Map<String, ? extends HasValidation> fields() {
            return Map.of("nameSv", nameSv, "nameEn", nameEn);
        }

        @Override
        protected void reload() {
            refresh();
            original = service.list(true).stream()
                    .filter(i -> i.id() == original.id())
                    .findFirst()
                    .orElse(null);
            if (original == null) {
                close();
            } else {
                fill(original);
            }
        }
    }
}
