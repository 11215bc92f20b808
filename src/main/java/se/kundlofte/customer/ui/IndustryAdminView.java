package se.kundlofte.customer.ui;

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
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.IndustryItem;
import se.kundlofte.customer.IndustryService;
import se.kundlofte.security.Permission;

/** Administrators maintain the industry list (Swedish and English names, active or not). */
@Route("admin/industries")
@Menu(title = "menu.industries", order = 91, icon = "vaadin:factory")
@RolesAllowed(Permission.INDUSTRY_ADMIN)
public class IndustryAdminView extends Main implements TitledView {

    final Grid<IndustryItem> grid = new Grid<>();
    final Button create = new Button();
    private final IndustryService industries;

    IndustryAdminView(IndustryService industries) {
        this.industries = industries;
        addClassName("list-view");
        create.setText(getTranslation("industries.action.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new Editor(null).open());
        Div toolbar = new Div(create);
        toolbar.addClassName("toolbar");

        grid.addColumn(IndustryItem::nameSv)
                .setHeader(getTranslation("industries.field.nameSv"))
                .setKey("nameSv");
        grid.addColumn(IndustryItem::nameEn)
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
        grid.setSizeFull();
        refresh();
        add(toolbar, grid);
    }

    void refresh() {
        // A short reference list: all of it in one call is right here.
        grid.setItems(industries.list(true));
    }

    @Override
    public String titleKey() {
        return "menu.industries";
    }

    /** Create or edit one industry. */
    final class Editor extends FormDialog {

        final TextField nameSv = new TextField();
        final TextField nameEn = new TextField();
        final Checkbox active = new Checkbox();
        private IndustryItem original;

        Editor(IndustryItem original) {
            this.original = original;
            setHeaderTitle(getTranslation(original == null ? "industries.action.new" : "industries.dialog.edit"));
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
                                    ? industries.create(nameSv.getValue(), nameEn.getValue())
                                    : industries.update(
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

        private void fill(IndustryItem item) {
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
            original = industries.list(true).stream()
                    .filter(i -> i.id() == original.id())
                    .findFirst()
                    .orElseThrow();
            fill(original);
        }
    }
}
