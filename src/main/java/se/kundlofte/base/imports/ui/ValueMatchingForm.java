package se.kundlofte.base.imports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kundlofte.base.imports.ValueChoices;
import se.kundlofte.base.imports.ValueQuestion;
import se.kundlofte.base.imports.ValueQuestion.Option;

/**
 * The value matching step of an import: for each distinct value of the file that matched none of
 * ours exactly, a combo box with every valid value and a button that accepts the suggestion. The
 * choice applies to every row with that value. Suggestions are never taken without the user.
 */
public class ValueMatchingForm extends Div {

    private final Consumer<ValueChoices> onChange;
    private final Button acceptAll = new Button();
    private final Div rows = new Div();
    private final List<Row> shown = new ArrayList<>();
    private ValueChoices choices = ValueChoices.NONE;
    private boolean updating;

    public ValueMatchingForm(Consumer<ValueChoices> onChange) {
        this.onChange = onChange;
        addClassName("value-matching");
        rows.addClassName("value-matching-rows");
        acceptAll.setText(getTranslation("import.values.acceptAll"));
        acceptAll.addClickListener(e -> acceptAll());
        add(rows, acceptAll);
    }

    /**
     * Shows the questions with the user's current choices; rebuilt only when the set of
     * questions changed.
     *
     * @param note an extra line under a question, or empty
     */
    public void show(List<ValueQuestion> questions, ValueChoices current, Function<ValueQuestion, String> note) {
        choices = current;
        List<String> ids = questions.stream().map(ValueMatchingForm::id).toList();
        if (!ids.equals(shown.stream().map(r -> id(r.question)).toList())) {
            rows.removeAll();
            shown.clear();
            questions.forEach(q -> shown.add(new Row(q)));
        }
        updating = true;
        try {
            for (int i = 0; i < shown.size(); i++) {
                shown.get(i).update(questions.get(i), note.apply(questions.get(i)));
            }
        } finally {
            updating = false;
        }
        acceptAll.setVisible(shown.stream().anyMatch(Row::canAccept));
    }

    /** The combo box of each question, in the order shown. */
    public List<ComboBox<String>> boxes() {
        return shown.stream().map(r -> r.box).toList();
    }

    /** The accept buttons, in the order shown. */
    public List<Button> acceptButtons() {
        return shown.stream().map(r -> r.accept).toList();
    }

    public Button acceptAllButton() {
        return acceptAll;
    }

    private void acceptAll() {
        ValueChoices all = choices;
        for (Row row : shown) {
            if (row.canAccept()) {
                all = all.with(
                        row.question.field(),
                        row.question.valueKey(),
                        row.suggestion().code());
            }
        }
        onChange.accept(all);
    }

    private static String id(ValueQuestion q) {
        return q.field() + "\n" + q.valueKey();
    }

    private final class Row {
        final ValueQuestion question;
        final ComboBox<String> box = new ComboBox<>();
        final Button accept = new Button();

        Row(ValueQuestion question) {
            this.question = question;
            Map<String, String> labels =
                    question.choices().stream().collect(Collectors.toMap(Option::code, Option::label, (a, b) -> a));
            box.setLabel(getTranslation("import.values.label", question.value(), question.column(), question.rows()));
            box.setItems(question.choices().stream().map(Option::code).toList());
            box.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
            box.setClearButtonVisible(true);
            box.setWidth("22rem");
            box.addValueChangeListener(e -> {
                if (!updating) {
                    onChange.accept(
                            e.getValue() == null
                                    ? choices.without(question.field(), question.valueKey())
                                    : choices.with(question.field(), question.valueKey(), e.getValue()));
                }
            });
            accept.setText(getTranslation("import.values.accept"));
            accept.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            accept.addClickListener(e -> onChange.accept(choices.with(
                    question.field(), question.valueKey(), suggestion().code())));
            HorizontalLayout line = new HorizontalLayout(box, accept);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.addClassName("value-question");
            rows.add(line);
        }

        void update(ValueQuestion current, String note) {
            String chosen = choices.get(question.field(), question.valueKey()).orElse(null);
            box.setValue(chosen);
            String suggestion = current.suggestions().isEmpty()
                    ? getTranslation("import.values.noSuggestion")
                    : getTranslation(
                            "import.values.suggestion",
                            current.suggestions().stream().map(Option::label).collect(Collectors.joining(", ")));
            box.setHelperText(note.isBlank() ? suggestion : suggestion + " " + note);
            accept.setVisible(canAccept());
        }

        boolean canAccept() {
            return !question.suggestions().isEmpty()
                    && choices.get(question.field(), question.valueKey()).isEmpty();
        }

        Option suggestion() {
            return question.suggestions().getFirst();
        }
    }
}
