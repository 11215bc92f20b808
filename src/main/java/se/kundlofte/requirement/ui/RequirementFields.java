package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.JourneyStageChoice;
import se.kundlofte.customer.CustomerRole;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.ui.CustomerChoice;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.requirement.RequirementRules;
import se.kundlofte.requirement.Source;
import se.kundlofte.user.UserRef;

/** The details of a requirement as form fields, for the create dialog and the requirement page. */
class RequirementFields extends FormLayout {

    final TextField title = new TextField();
    final ComboBox<Source> source = new ComboBox<>();
    final TextField sourceReference = new TextField();
    final ComboBox<CustomerChoice> customer = new ComboBox<>();
    final Checkbox formal = new Checkbox();
    final TextArea description = new TextArea();
    final ComboBox<JourneyStageChoice> journeyStage = new ComboBox<>();
    final CheckboxGroup<CustomerRole> affectedRoles = new CheckboxGroup<>();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final DatePicker dueDate = new DatePicker();

    private final CustomerService customers;
    private Long industryId;

    private final List<JourneyStageChoice> journeyStages;

    RequirementFields(CustomerService customers, List<UserRef> owners, List<JourneyStageChoice> journeyStages) {
        this.journeyStages = journeyStages;
        this.customers = customers;
        title.setLabel(getTranslation("requirement.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(RequirementRules.TITLE_MAX);
        source.setLabel(getTranslation("requirement.field.source"));
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        source.setRequiredIndicatorVisible(true);
        sourceReference.setLabel(getTranslation("requirement.field.sourceReference"));
        sourceReference.setHelperText(getTranslation("requirement.field.sourceReferenceHelp"));
        sourceReference.setMaxLength(RequirementRules.REFERENCE_MAX);
        customer.setLabel(getTranslation("requirement.field.customer"));
        customer.setHelperText(getTranslation("requirement.field.customerHelp"));
        customer.setClearButtonVisible(true);
        CustomerChoice.bind(customer, customers);
        formal.setLabel(getTranslation("requirement.field.formal"));
        description.setLabel(getTranslation("requirement.field.description"));
        description.setMaxLength(RequirementRules.TEXT_MAX);
        description.setMinRows(3);
        journeyStage.setLabel(getTranslation("requirement.field.journeyStage"));
        journeyStage.setItems(journeyStages);
        journeyStage.setItemLabelGenerator(c -> c.label(this::getTranslation));
        journeyStage.setClearButtonVisible(true);
        affectedRoles.setLabel(getTranslation("requirement.field.affectedRoles"));
        affectedRoles.setItems(CustomerRole.values());
        affectedRoles.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        owner.setLabel(getTranslation("requirement.field.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(UserRef::fullName);
        owner.setClearButtonVisible(true);
        dueDate.setLabel(getTranslation("requirement.field.dueDate"));
        add(title, source, sourceReference, customer, formal, journeyStage, owner, dueDate, affectedRoles, description);
        setColspan(title, 2);
        setColspan(affectedRoles, 2);
        setColspan(description, 2);
    }

    void setValue(RequirementDetails r) {
        title.setValue(r.title());
        source.setValue(r.source());
        sourceReference.setValue(r.sourceReference() == null ? "" : r.sourceReference());
        customer.setValue(r.customerId() == null ? null : new CustomerChoice(r.customerId(), r.customerName()));
        formal.setValue(r.formal());
        description.setValue(r.description() == null ? "" : r.description());
        journeyStage.setValue(stageOf(r.journeyStageId(), r.journeyStage()));
        affectedRoles.setValue(r.affectedRoles());
        owner.setValue(owner.getListDataView()
                .getItems()
                .filter(u -> Objects.equals(u.id(), r.ownerId()))
                .findFirst()
                .orElse(null));
        dueDate.setValue(r.dueDate());
        industryId = r.industryId();
    }

    RequirementForm value() {
        return RequirementForm.of(title.getValue(), source.getValue())
                .withDescription(description.getValue())
                .withCustomer(
                        customer.getValue() == null ? null : customer.getValue().id())
                .withIndustry(
                        customer.getValue() == null
                                ? industryId
                                : customers.get(customer.getValue().id()).industryId())
                .withSourceReference(sourceReference.getValue())
                .withFormal(formal.getValue())
                .withJourneyStage(
                        journeyStage.getValue() == null
                                ? null
                                : journeyStage.getValue().phase().name())
                .withJourneyStageId(
                        journeyStage.getValue() == null
                                ? null
                                : journeyStage.getValue().id())
                .withAffectedRoles(
                        affectedRoles.getValue().isEmpty()
                                ? EnumSet.noneOf(CustomerRole.class)
                                : EnumSet.copyOf(affectedRoles.getValue()))
                .withOwner(owner.getValue() == null ? null : owner.getValue().id())
                .withDueDate(dueDate.getValue());
    }

    Map<String, ? extends HasValidation> fields() {
        return Map.of(
                "title", title,
                "source", source,
                "sourceReference", sourceReference,
                "customer", customer,
                "description", description,
                "owner", owner,
                "journeyStage", journeyStage);
    }

    /**
     * The stage the requirement points at; a requirement that carries only a phase (recorded
     * before journey maps) reads as the standard journey's stage of that phase, as the migration
     * pointed the others.
     */
    private @Nullable JourneyStageChoice stageOf(@Nullable Long stageId, @Nullable String phase) {
        if (stageId != null) {
            return journeyStages.stream()
                    .filter(c -> c.id() == stageId)
                    .findFirst()
                    .orElse(null);
        }
        if (phase == null) {
            return null;
        }
        return journeyStages.stream()
                .filter(c -> c.journeyName() == null && c.phase().name().equals(phase))
                .findFirst()
                .orElse(null);
    }
}
