package se.kundlofte.promise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.base.ui.ConflictMerge;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.Segment;
import se.kundlofte.customer.ui.CustomerChoice;
import se.kundlofte.promise.PromiseDetails;
import se.kundlofte.promise.PromiseForm;
import se.kundlofte.promise.PromiseScope;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.promise.StatedWhere;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.user.UserRef;

/**
 * Create or edit a promise, with seed 000's questions of writing a promise well beside the form,
 * each answerable. A change of the wording asks why, and the old wording is kept.
 */
class PromiseDialog extends FormDialog {

    /** Saves the form: (original or null, form, reason of a wording change). */
    interface Saver {
        PromiseDetails save(@Nullable PromiseDetails original, PromiseForm form, @Nullable String reason);
    }

    final TextField title = new TextField();
    final TextArea text = new TextArea();
    final Select<PromiseScope> scope = new Select<>();
    final Select<Segment> segment = new Select<>();
    final ComboBox<ReferenceItem> industry = new ComboBox<>();
    final ComboBox<CustomerChoice> customer = new ComboBox<>();
    final Select<StatedWhere> statedWhere = new Select<>();
    final Checkbox implicit = new Checkbox();
    final TextArea limits = new TextArea();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final DatePicker validFrom = new DatePicker();
    final DatePicker validTo = new DatePicker();
    final MultiSelectComboBox<JourneyPhase> stages = new MultiSelectComboBox<>();
    final TextArea answerIssuer = new TextArea();
    final TextArea answerIncludes = new TextArea();
    final TextArea answerNotTooMuch = new TextArea();
    final TextArea answerWhyMatters = new TextArea();
    final TextArea reason = new TextArea();
    final Button save = new Button();
    final ConflictMerge merge = new ConflictMerge();

    private final Saver saver;
    private final Function<Long, PromiseDetails> loader;
    private final Consumer<PromiseDetails> onSaved;
    private final Consumer<PromiseDetails> onReloaded;
    private final java.time.LocalDate today;
    private @Nullable PromiseDetails original;

    PromiseDialog(
            @Nullable PromiseDetails original,
            List<ReferenceItem> industries,
            List<UserRef> owners,
            CustomerService customers,
            java.time.LocalDate today,
            Saver saver,
            Function<Long, PromiseDetails> loader,
            Consumer<PromiseDetails> onSaved,
            Consumer<PromiseDetails> onReloaded) {
        this.original = original;
        this.saver = saver;
        this.loader = loader;
        this.onSaved = onSaved;
        this.onReloaded = onReloaded;
        this.today = today;
        addClassName("promise-dialog");
        setHeaderTitle(getTranslation(original == null ? "promise.dialog.create" : "promise.dialog.edit"));
        setWidth("min(72rem, 96vw)");

        title.setLabel(getTranslation("promise.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(PromiseService.TITLE_MAX);
        text.setLabel(getTranslation("promise.field.text"));
        text.setHelperText(getTranslation("promise.field.textHelp"));
        text.setRequiredIndicatorVisible(true);
        text.setMaxLength(PromiseService.TEXT_MAX);
        text.setMinRows(3);
        scope.setLabel(getTranslation("promise.field.scope"));
        scope.setItems(PromiseScope.values());
        scope.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.translationKey()));
        scope.setRequiredIndicatorVisible(true);
        segment.setLabel(getTranslation("promise.field.segment"));
        segment.setItems(Segment.values());
        segment.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.translationKey()));
        industry.setLabel(getTranslation("promise.field.industry"));
        industry.setItems(industries.stream().filter(ReferenceItem::active).toList());
        industry.setItemLabelGenerator(i -> i.name(getLocale()));
        customer.setLabel(getTranslation("promise.field.customer"));
        CustomerChoice.bind(customer, customers);
        scope.addValueChangeListener(e -> showScopeFields());
        statedWhere.setLabel(getTranslation("promise.field.statedWhere"));
        statedWhere.setItems(StatedWhere.values());
        statedWhere.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.translationKey()));
        statedWhere.setRequiredIndicatorVisible(true);
        implicit.setLabel(getTranslation("promise.field.implicit"));
        implicit.setTooltipText(getTranslation("promise.field.implicitHelp"));
        owner.setLabel(getTranslation("promise.field.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(UserRef::fullName);
        owner.setRequiredIndicatorVisible(true);
        validFrom.setLabel(getTranslation("promise.field.validFrom"));
        validFrom.setRequiredIndicatorVisible(true);
        validTo.setLabel(getTranslation("promise.field.validTo"));
        validTo.setClearButtonVisible(true);
        stages.setLabel(getTranslation("promise.field.stages"));
        stages.setItems(JourneyPhase.values());
        stages.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        limits.setLabel(getTranslation("promise.question.limits"));
        question(answerIssuer, "promise.question.issuer");
        question(answerIncludes, "promise.question.includes");
        question(limits, "promise.question.limits");
        question(answerNotTooMuch, "promise.question.notTooMuch");
        question(answerWhyMatters, "promise.question.whyMatters");
        reason.setLabel(getTranslation("promise.field.reason"));
        reason.setHelperText(getTranslation("promise.field.reasonHelp"));
        reason.setMaxLength(PromiseService.TEXT_MAX);
        reason.setVisible(original != null);

        // The fields a colleague's save can change, listed once for the layout and for the merge
        // after a conflict (the reason for a change is the user's own, not the promise's).
        Component[] fields = {
            title, text, scope, segment, industry, customer, statedWhere, implicit, owner, stages, validFrom, validTo
        };
        Component[] questions = {answerIssuer, answerIncludes, limits, answerNotTooMuch, answerWhyMatters};
        FormLayout form = new FormLayout(fields);
        form.add(reason);
        form.setColspan(title, 2);
        form.setColspan(text, 2);
        form.setColspan(reason, 2);

        Div guidance = new Div(new H4(getTranslation("promise.guidance.title")));
        guidance.addClassName("promise-guidance");
        Paragraph intro = new Paragraph(getTranslation("promise.guidance.intro"));
        intro.addClassName("muted");
        guidance.add(intro);
        guidance.add(questions);

        Div layout = new Div(form, guidance);
        layout.addClassName("promise-form-layout");
        add(merge, layout);
        merge.track(Stream.of(fields, questions)
                .flatMap(Arrays::stream)
                .map(field -> (HasValue<?, ?>) field)
                .toArray(HasValue<?, ?>[]::new));
        fill(original);
        merge.opened();

        save.setText(getTranslation(original == null ? "promise.action.create" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void question(TextArea area, String key) {
        area.setLabel(getTranslation(key));
        area.setHelperText(getTranslation(key + ".help"));
        area.setMaxLength(PromiseService.TEXT_MAX);
        area.setWidthFull();
    }

    private void showScopeFields() {
        PromiseScope s = scope.getValue();
        segment.setVisible(s == PromiseScope.SEGMENT);
        industry.setVisible(s == PromiseScope.INDUSTRY);
        customer.setVisible(s == PromiseScope.CUSTOMER);
        segment.setRequiredIndicatorVisible(s == PromiseScope.SEGMENT);
        industry.setRequiredIndicatorVisible(s == PromiseScope.INDUSTRY);
        customer.setRequiredIndicatorVisible(s == PromiseScope.CUSTOMER);
    }

    private void fill(@Nullable PromiseDetails p) {
        if (p == null) {
            scope.setValue(PromiseScope.ALL);
            statedWhere.setValue(StatedWhere.WEBSITE);
            validFrom.setValue(today);
            CurrentUser.get()
                    .flatMap(me -> owner.getListDataView()
                            .getItems()
                            .filter(u -> u.id() == me.getUserId())
                            .findFirst())
                    .ifPresent(owner::setValue);
            showScopeFields();
            return;
        }
        title.setValue(p.title());
        text.setValue(p.text());
        scope.setValue(p.scope());
        segment.setValue(p.segment());
        industry.getListDataView()
                .getItems()
                .filter(i -> Objects.equals(i.id(), p.industryId()))
                .findFirst()
                .ifPresentOrElse(industry::setValue, industry::clear);
        if (p.customerId() != null) {
            customer.setValue(new CustomerChoice(p.customerId(), Objects.toString(p.customerName(), "")));
        }
        statedWhere.setValue(p.statedWhere());
        implicit.setValue(p.implicit());
        limits.setValue(Objects.toString(p.limits(), ""));
        owner.getListDataView()
                .getItems()
                .filter(u -> u.id() == p.ownerId())
                .findFirst()
                .ifPresentOrElse(owner::setValue, () -> {
                    // The owner may no longer own promises; keep showing them.
                    List<UserRef> items =
                            new ArrayList<>(owner.getListDataView().getItems().toList());
                    UserRef current = new UserRef(p.ownerId(), "", p.ownerName());
                    items.add(current);
                    items.sort(Comparator.comparing(UserRef::fullName));
                    owner.setItems(items);
                    owner.setValue(current);
                });
        validFrom.setValue(p.validFrom());
        validTo.setValue(p.validTo());
        stages.setValue(p.stages());
        answerIssuer.setValue(Objects.toString(p.answers().issuer(), ""));
        answerIncludes.setValue(Objects.toString(p.answers().includes(), ""));
        answerNotTooMuch.setValue(Objects.toString(p.answers().notTooMuch(), ""));
        answerWhyMatters.setValue(Objects.toString(p.answers().whyMatters(), ""));
        reason.clear();
        showScopeFields();
    }

    PromiseForm form() {
        return new PromiseForm(
                title.getValue(),
                text.getValue(),
                scope.getValue(),
                segment.getValue(),
                industry.getValue() == null ? null : industry.getValue().id(),
                customer.getValue() == null ? null : customer.getValue().id(),
                statedWhere.getValue(),
                implicit.getValue(),
                limits.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(),
                validFrom.getValue(),
                validTo.getValue(),
                List.copyOf(stages.getValue()),
                new PromiseForm.Answers(
                        answerIssuer.getValue(),
                        answerIncludes.getValue(),
                        answerNotTooMuch.getValue(),
                        answerWhyMatters.getValue()));
    }

    void save() {
        String successKey = original == null ? "promise.created" : "promise.saved";
        save(
                () -> saver.save(original, form(), reason.getValue()),
                onSaved,
                getTranslation(successKey, title.getValue().strip()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("text", text);
        fields.put("scope", scope);
        fields.put("segment", segment);
        fields.put("industry", industry);
        fields.put("customer", customer);
        fields.put("statedWhere", statedWhere);
        fields.put("limits", limits);
        fields.put("owner", owner);
        fields.put("validFrom", validFrom);
        fields.put("validTo", validTo);
        fields.put("answerIssuer", answerIssuer);
        fields.put("answerIncludes", answerIncludes);
        fields.put("answerNotTooMuch", answerNotTooMuch);
        fields.put("answerWhyMatters", answerWhyMatters);
        fields.put("reason", reason);
        return fields;
    }

    /**
     * The colleague's version, with every field the user changed and the colleague did not kept as
     * typed, and the fields both changed listed with the user's value; the reason for a change of
     * wording stays as typed. The page behind shows the colleague's version too.
     */
    @Override
    protected void reload() {
        if (original == null) {
            return;
        }
        String typedReason = reason.getValue();
        merge.merge(
                () -> {
                    original = loader.apply(original.id());
                    fill(original);
                },
                true);
        reason.setValue(typedReason);
        onReloaded.accept(original);
    }
}
