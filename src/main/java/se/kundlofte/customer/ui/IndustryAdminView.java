package se.kundlofte.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.base.reference.ui.ReferenceListEditor;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.IndustryService;
import se.kundlofte.security.Permission;

/** Administrators maintain the industry list (Swedish and English names, active or not). */
@Route("admin/industries")
@Menu(title = "menu.industries", order = 91, icon = "vaadin:factory")
@RolesAllowed(Permission.INDUSTRY_ADMIN)
public class IndustryAdminView extends Main implements TitledView {

    final ReferenceListEditor list;
    final Grid<ReferenceItem> grid;
    final Button create;

    IndustryAdminView(IndustryService industries) {
        setSizeFull();
        list = new ReferenceListEditor(
                industries, new ReferenceListEditor.Labels(null, "industries.action.new", "industries.dialog.edit"));
        grid = list.grid;
        create = list.add;
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setSizeFull();
        list.setSizeFull();
        list.addClassName("list-view");
        add(list);
    }

    @Override
    public String titleKey() {
        return "menu.industries";
    }
}
