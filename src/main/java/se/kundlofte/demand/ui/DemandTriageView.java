package se.kundlofte.demand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.base.ui.Saving;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.demand.DemandFilter;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.demand.DemandKind;
import se.kundlofte.demand.DemandReferenceService;
import se.kundlofte.demand.DemandService;
import se.kundlofte.security.Permission;

/**
 * Triage: contacts saved in the customer's words but not yet classified, classified in bulk
 * (Seddon: capture demand in the customer's terms first, classify later).
 */
@Route("demand/triage")
@Menu(title = "menu.demandTriage", order = 31, icon = "vaadin:filter")
@RolesAllowed(Permission.DEMAND_LOG)
class DemandTriageView extends Main implements TitledView {

    final Grid<DemandItem> grid = new Grid<>();
    final RadioButtonGroup<DemandKind> kind = new RadioButtonGroup<>();
    final ComboBox<ReferenceItem> cause = new ComboBox<>();
    final Button classify = new Button();

    private final DemandService demands;

    DemandTriageView(DemandService demands, DemandReferenceService references, BusinessTime time) {
        this.demands = demands;
        addClassName("list-view");
        kind.setLabel(getTranslation("demand.field.kind"));
        kind.setItems(DemandKind.VALUE, DemandKind.FAILURE);
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        cause.setLabel(getTranslation("demand.field.cause"));
        cause.setItems(references.causes(false));
        cause.setItemLabelGenerator(c -> c.name(getLocale()));
        cause.setEnabled(false);
        cause.setWidth("20rem");
        kind.addValueChangeListener(e -> cause.setEnabled(e.getValue() == DemandKind.FAILURE));
        classify.setText(getTranslation("demand.triage.classify"));
        classify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        classify.addClickListener(e -> classify());
        Div toolbar = new Div(kind, cause, classify);
        toolbar.addClassName("toolbar");

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        ContactColumns.add(grid, time, true, false);
        grid.setItemsPageable(page -> demands.contacts(unclassified(), page));
        grid.setSizeFull();
        add(new Paragraph(getTranslation("demand.triage.help")), toolbar, grid);
    }

    private static DemandFilter unclassified() {
        return DemandFilter.all().withKind(DemandKind.UNCLASSIFIED);
    }

    void classify() {
        List<Long> ids = grid.getSelectedItems().stream().map(DemandItem::id).toList();
        if (ids.isEmpty()) {
            kind.setErrorMessage(getTranslation("demand.triage.selectFirst"));
            kind.setInvalid(true);
            return;
        }
        Saving.run(
                this,
                () -> demands.classify(
                        ids,
                        kind.getValue(),
                        cause.getValue() == null ? null : cause.getValue().id()),
                changed -> {
                    grid.deselectAll();
                    grid.getDataProvider().refreshAll();
                },
                getTranslation("demand.triage.done", ids.size()),
                Map.of("kind", kind, "cause", cause),
                () -> grid.getDataProvider().refreshAll());
    }

    @Override
    public String titleKey() {
        return "menu.demandTriage";
    }
}
