package se.kundlofte.requirement.ui;

import java.util.List;
import java.util.function.Consumer;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;
import se.kundlofte.user.UserRef;

/** What the requirement is, for whom, from where, owned by whom. */
class DetailsSection extends PageSection {

    final RequirementFields fields;

    DetailsSection(
            RequirementDetails r,
            RequirementService service,
            CustomerService customers,
            List<UserRef> owners,
            List<se.kundlofte.base.JourneyStageChoice> journeyStages,
            Consumer<RequirementDetails> onSaved,
            Runnable onConflict) {
        super("details", "requirement.section.details", onSaved, onConflict);
        fields = new RequirementFields(customers, owners, journeyStages);
        fields.setValue(r);
        body.add(fields);
        editable(
                CurrentUser.can(Permission.REQUIREMENT_EDIT_DETAILS),
                fields.title,
                fields.source,
                fields.sourceReference,
                fields.customer,
                fields.formal,
                fields.description,
                fields.journeyStage,
                fields.affectedRoles,
                fields.owner,
                fields.dueDate);
        save.addClickListener(
                e -> saving(() -> service.updateDetails(r.id(), r.version(), fields.value()), fields.fields()));
    }
}
