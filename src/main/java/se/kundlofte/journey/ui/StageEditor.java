package se.kundlofte.journey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.journey.Coverage;
import se.kundlofte.journey.JourneyService;
import se.kundlofte.journey.StageContent;
import se.kundlofte.journey.StageItem;
import se.kundlofte.security.AppRoles;

/**
 * The stage editor, a panel at the side of the map: the stage's name and phase and every lane,
 * the emotion as five labelled choices. Saves with the version the user opened; a colleague's save
 * in between shows the conflict with "load the latest version".
 */
class StageEditor extends FormDialog {

    /** The emotion choices, −2..+2; "not known" is the empty choice. */
    static final List<Integer> EMOTIONS = List.of(-2, -1, 0, 1, 2);

    final TextField name = new TextField();
    final Select<JourneyPhase> phase = new Select<>();
    final TextArea customerDoes = new TextArea();
    final TextArea customerThinks = new TextArea();
    final RadioButtonGroup<Integer> emotion = new RadioButtonGroup<>();
    final TextArea touchpoints = new TextArea();
    final ComboBox<String> owner = new ComboBox<>();
    final Select<Coverage> coverage = new Select<>();
    final TextArea painPoints = new TextArea();
    final TextArea opportunities = new TextArea();
    final Button save = new Button();

    private final JourneyService journeys;
    private final Consumer<StageItem> onSaved;
    private StageItem stage;

    StageEditor(JourneyService journeys, StageItem stage, Consumer<StageItem> onSaved) {
        this.journeys = journeys;
        this.stage = stage;
        this.onSaved = onSaved;
        addClassName("stage-editor");
        setHeaderTitle(getTranslation("journey.stage.edit"));
        setWidth("34rem");
        name.setLabel(getTranslation("journey.stage.name"));
        name.setMaxLength(120);
        phase.setLabel(getTranslation("journey.stage.phase"));
        phase.setItems(JourneyPhase.values());
        phase.setItemLabelGenerator(p -> getTranslation(p.translationKey()));
        customerDoes.setLabel(getTranslation("journey.lane.customerDoes"));
        customerThinks.setLabel(getTranslation("journey.lane.customerThinks"));
        emotion.setLabel(getTranslation("journey.lane.emotion"));
        emotion.setItems(EMOTIONS);
        emotion.setItemLabelGenerator(e -> EmotionCurve.face(e) + " " + getTranslation("journey.emotion." + e));
        emotion.addClassName("emotion-choice");
        touchpoints.setLabel(getTranslation("journey.lane.touchpoints"));
        owner.setLabel(getTranslation("journey.lane.owner"));
        owner.setItems(departments());
        owner.setItemLabelGenerator(this::department);
        owner.setAllowCustomValue(true);
        owner.addCustomValueSetListener(e -> owner.setValue(e.getDetail()));
        owner.setClearButtonVisible(true);
        owner.setPlaceholder(getTranslation("journey.owner.none"));
        coverage.setLabel(getTranslation("journey.lane.coverage"));
        coverage.setItems(Coverage.values());
        coverage.setEmptySelectionAllowed(true);
        coverage.setEmptySelectionCaption(getTranslation("journey.coverage.unknown"));
        coverage.setItemLabelGenerator(
                c -> c == null ? getTranslation("journey.coverage.unknown") : getTranslation(c.translationKey()));
        painPoints.setLabel(getTranslation("journey.lane.painPoints"));
        opportunities.setLabel(getTranslation("journey.lane.opportunities"));
        FormLayout form = new FormLayout(
                name,
                phase,
                customerDoes,
                customerThinks,
                emotion,
                touchpoints,
                owner,
                coverage,
                painPoints,
                opportunities);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        for (var wide : List.of(customerDoes, customerThinks, touchpoints, painPoints, opportunities)) {
            form.setColspan(wide, 2);
        }
        form.setColspan(emotion, 2);
        add(form);
        fill();
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** Opens with the named lane's field focused (a cell clicked on the map). */
    void focus(@Nullable String field) {
        if (field != null && fields().get(field) instanceof com.vaadin.flow.component.Focusable<?> f) {
            f.focus();
        } else {
            customerDoes.focus();
        }
    }

    private static List<String> departments() {
        List<String> roles = new ArrayList<>(AppRoles.ALL);
        roles.remove(AppRoles.ADMIN);
        return roles;
    }

    String department(@Nullable String code) {
        return JourneyMapBoard.department(this, code);
    }

    private void fill() {
        StageContent c = stage.content();
        name.setValue(stage.label(this::getTranslation));
        phase.setValue(stage.phase());
        customerDoes.setValue(text(c.customerDoes()));
        customerThinks.setValue(text(c.customerThinks()));
        emotion.setValue(c.emotion());
        touchpoints.setValue(text(c.touchpoints()));
        if (c.ownerDepartment() != null && !departments().contains(c.ownerDepartment())) {
            List<String> items = new ArrayList<>(departments());
            items.add(c.ownerDepartment());
            owner.setItems(items);
        }
        owner.setValue(c.ownerDepartment());
        coverage.setValue(c.coverage());
        painPoints.setValue(text(c.painPoints()));
        opportunities.setValue(text(c.opportunities()));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    StageContent content() {
        return new StageContent(
                customerDoes.getValue(),
                customerThinks.getValue(),
                emotion.getValue(),
                touchpoints.getValue(),
                owner.getValue(),
                coverage.getValue(),
                painPoints.getValue(),
                opportunities.getValue());
    }

    private void save() {
        StageItem seen = stage;
        String newName = name.getValue().equals(seen.label(this::getTranslation)) ? null : name.getValue();
        save(
                () -> journeys.saveStage(seen.id(), seen.version(), newName, phase.getValue(), content()),
                onSaved,
                getTranslation("journey.stage.saved"));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("phase", phase);
        fields.put("customerDoes", customerDoes);
        fields.put("customerThinks", customerThinks);
        fields.put("emotion", emotion);
        fields.put("touchpoints", touchpoints);
        fields.put("ownerDepartment", owner);
        fields.put("coverage", coverage);
        fields.put("painPoints", painPoints);
        fields.put("opportunities", opportunities);
        return fields;
    }

    @Override
    protected void reload() {
        stage = journeys.stage(stage.id());
        fill();
    }

    static List<JourneyPhase> phases() {
        return Arrays.asList(JourneyPhase.values());
    }
}
