package se.kundlofte.demand.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
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
import se.kundlofte.demand.DemandReferenceService;
import se.kundlofte.demand.DemandReferenceService.Kind;
import se.kundlofte.demand.ReferenceItem;
import se.kundlofte.security.Permission;

/** Administrators maintain the failure causes and contact channels, in Swedish and English. */
@Route("admin/demand")
@Menu(title = "menu.demandReference", order = 92, icon = "vaadin:list")
@RolesAllowed(Permission.DEMAND_REFERENCE_ADMIN)
public class DemandReferenceView extends Main implements TitledView {

    final Grid<ReferenceItem> causes = new Grid<>();
    final Grid<ReferenceItem> channels = new Grid<>();
    private final DemandReferenceService references;

    DemandReferenceView(DemandReferenceService references) {
        this.references = references;
        addClassName("reference-view");
        add(
                header("demand.reference.causes", Kind.CAUSE),
                configure(causes, Kind.CAUSE),
                header("demand.reference.channels", Kind.CHANNEL),
                configure(channels, Kind.CHANNEL));
        refresh();
    }

    private com.vaadin.flow.component.html.Div header(String titleKey, Kind kind) {
        Button add = new Button(
                getTranslation("demand.reference.add"), new Icon(VaadinIcon.PLUS), e -> new Editor(kind, null).open());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setId("add-" + kind.name());
        com.vaadin.flow.component.html.Div header =
                new com.vaadin.flow.component.html.Div(new H3(getTranslation(titleKey)), add);
        header.addClassName("toolbar");
        return header;
    }

    private Grid<ReferenceItem> configure(Grid<ReferenceItem> grid, Kind kind) {
        grid.addColumn(ReferenceItem::nameSv).setHeader(getTranslation("industries.field.nameSv"));
        grid.addColumn(ReferenceItem::nameEn).setHeader(getTranslation("industries.field.nameEn"));
        grid.addComponentColumn(i -> {
                    Badge badge = new Badge(getTranslation(i.active() ? "industries.active" : "industries.inactive"));
                    badge.addThemeVariants(i.active() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
                    return badge;
                })
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(i -> {
                    Button edit = new Button(new Icon(VaadinIcon.EDIT), e -> new Editor(kind, i).open());
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    edit.setAriaLabel(getTranslation("industries.action.edit", i.name(getLocale())));
                    return edit;
                })
                .setWidth("5rem")
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        return grid;
    }

    void refresh() {
        // Short reference lists: all of each in one call is right here.
        causes.setItems(references.causes(true));
        channels.setItems(references.channels(true));
    }

    @Override
    public String titleKey() {
        return "menu.demandReference";
    }

    /** Adds or edits one cause or channel. */
    final class Editor extends FormDialog {

        final TextField nameSv = new TextField();
        final TextField nameEn = new TextField();
        final Checkbox active = new Checkbox();

        Editor(Kind kind, ReferenceItem item) {
            setHeaderTitle(getTranslation(item == null ? "demand.reference.add" : "demand.reference.edit"));
            nameSv.setLabel(getTranslation("industries.field.nameSv"));
            nameEn.setLabel(getTranslation("industries.field.nameEn"));
            active.setLabel(getTranslation("industries.field.active"));
            active.setValue(true);
            active.setVisible(item != null);
            if (item != null) {
                nameSv.setValue(item.nameSv());
                nameEn.setValue(item.nameEn());
                active.setValue(item.active());
            }
            add(new FormLayout(nameSv, nameEn, active));
            Button save = new Button(
                    getTranslation("action.save"),
                    e -> save(
                            () -> {
                                if (item == null) {
                                    references.add(kind, nameSv.getValue(), nameEn.getValue());
                                } else {
                                    references.update(
                                            kind,
                                            item.id(),
                                            item.version(),
                                            nameSv.getValue(),
                                            nameEn.getValue(),
                                            active.getValue());
                                }
                                return true;
                            },
                            done -> refresh(),
                            getTranslation("industries.saved", nameSv.getValue().trim())));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        }

        @Override
        protected Map<String, ? extends HasValidation> fields() {
            return Map.of("nameSv", nameSv, "nameEn", nameEn);
        }

        @Override
        protected void reload() {
            refresh();
            close();
        }
    }
}
