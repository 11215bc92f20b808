package se.kundlofte.demand.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.base.reference.ReferenceListService;
import se.kundlofte.base.reference.ui.ReferenceListEditor;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.demand.DemandReferenceService;
import se.kundlofte.demand.DemandReferenceService.Kind;
import se.kundlofte.security.Permission;

/** Administrators maintain the failure causes and contact channels, in Swedish and English. */
@Route("admin/demand")
@Menu(title = "menu.demandReference", order = 92, icon = "vaadin:list")
@RolesAllowed(Permission.DEMAND_REFERENCE_ADMIN)
public class DemandReferenceView extends Main implements TitledView {

    final ReferenceListEditor causes;
    final ReferenceListEditor channels;

    DemandReferenceView(DemandReferenceService references) {
        addClassName("reference-view");
        causes = editor(references, Kind.CAUSE, "demand.reference.causes");
        channels = editor(references, Kind.CHANNEL, "demand.reference.channels");
        add(causes, channels);
    }

    private static ReferenceListEditor editor(DemandReferenceService references, Kind kind, String titleKey) {
        ReferenceListEditor editor = new ReferenceListEditor(
                new KindList(references, kind),
                new ReferenceListEditor.Labels(titleKey, "demand.reference.add", "demand.reference.edit"));
        editor.add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        editor.add.setId("add-" + kind.name());
        editor.grid.setAllRowsVisible(true);
        return editor;
    }

    @Override
    public String titleKey() {
        return "menu.demandReference";
    }

    /** One of the two lists, through the service (whose methods hold the access rules). */
    private record KindList(DemandReferenceService references, Kind kind) implements ReferenceListService {

        @Override
        public List<ReferenceItem> list(boolean includeInactive) {
            return kind == Kind.CAUSE ? references.causes(includeInactive) : references.channels(includeInactive);
        }

        @Override
        public ReferenceItem create(String nameSv, String nameEn) {
            return references.add(kind, nameSv, nameEn);
        }

        @Override
        public ReferenceItem update(long id, long version, String nameSv, String nameEn, boolean active) {
            return references.update(kind, id, version, nameSv, nameEn, active);
        }
    }
}
