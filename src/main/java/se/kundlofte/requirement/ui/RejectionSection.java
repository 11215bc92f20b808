package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import se.kundlofte.requirement.RejectionForm;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/** Why we reject it, and whether the customer has been told (honesty, seed 002). */
class RejectionSection extends PageSection {

    final TextArea reason = new TextArea();
    final Checkbox communicated = new Checkbox();

    RejectionSection(
            RequirementDetails r,
            RequirementService service,
            Consumer<RequirementDetails> onSaved,
            Runnable onConflict) {
        super("rejection", "requirement.section.rejection", onSaved, onConflict);
        reason.setLabel(getTranslation("requirement.field.rejectionReason"));
        reason.setWidthFull();
        communicated.setLabel(getTranslation("requirement.field.rejectionCommunicated"));
        reason.setValue(r.rejectionReason() == null ? "" : r.rejectionReason());
        communicated.setValue(r.rejectionCommunicated());
        body.add(reason, communicated);
        editable(CurrentUser.can(Permission.REQUIREMENT_ANALYSE), reason, communicated);
        save.addClickListener(e -> saving(
                () -> service.updateRejection(
                        r.id(), r.version(), new RejectionForm(reason.getValue(), communicated.getValue())),
                Map.of("reason", reason)));
    }
}
