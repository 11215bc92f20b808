package se.kundlofte.base.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * "Load the latest version" after a conflict without losing what the user typed: per field, a
 * three-way merge of the value the form was opened with, the value typed, and the value stored now.
 * A field only the user changed keeps the user's value; a field only a colleague changed shows the
 * colleague's; where both changed it, the colleague's is shown and the user's is listed here,
 * beside the form, with "Use mine". Nothing is saved until the user saves again.
 */
public final class ConflictMerge extends Div {

    private final List<HasValue<?, ?>> fields = new ArrayList<>();
    private final Map<HasValue<?, ?>, @Nullable Object> opened = new HashMap<>();

    public ConflictMerge() {
        addClassName("conflict-merge");
        setVisible(false);
    }

    /** Takes part in the merge; its label names it in the list of both-changed fields. */
    public ConflictMerge track(HasValue<?, ?>... fields) {
        this.fields.addAll(List.of(fields));
        return this;
    }

    /** Remembers what the form shows now as the stored version the user starts from. */
    public void opened() {
        opened.clear();
        fields.forEach(field -> opened.put(field, field.getValue()));
        removeAll();
        setVisible(false);
    }

    /**
     * Lets {@code fillLatest} fill the form with the stored version, then puts back what the user
     * typed where the stored value did not change and lists the fields both changed. With {@code
     * mayUseMine} false (the record can no longer be edited) the user's values are listed as text
     * only. Returns how many fields both changed.
     */
    public int merge(Runnable fillLatest, boolean mayUseMine) {
        Map<HasValue<?, ?>, @Nullable Object> typed = new HashMap<>();
        fields.forEach(field -> typed.put(field, field.getValue()));
        fillLatest.run();
        Map<HasValue<?, ?>, @Nullable Object> stored = new HashMap<>();
        fields.forEach(field -> stored.put(field, field.getValue()));
        removeAll();
        List<Div> bothChanged = new ArrayList<>();
        for (HasValue<?, ?> field : fields) {
            Object mine = typed.get(field);
            Object before = opened.get(field);
            Object theirs = stored.get(field);
            if (same(mine, before) || same(mine, theirs)) {
                continue;
            }
            if (same(theirs, before) && mayUseMine) {
                set(field, mine);
                continue;
            }
            bothChanged.add(row(field, mine, mayUseMine));
        }
        opened.clear();
        opened.putAll(stored);
        Paragraph intro = new Paragraph(getTranslation(
                mayUseMine
                        ? (bothChanged.isEmpty() ? "conflict.merged" : "conflict.mergedBothChanged")
                        : "conflict.notEditable"));
        add(intro);
        bothChanged.forEach(this::add);
        setVisible(true);
        return bothChanged.size();
    }

    private Div row(HasValue<?, ?> field, @Nullable Object mine, boolean mayUseMine) {
        String label = field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() : "";
        Span name = new Span(label);
        name.addClassName("conflict-field");
        Span yours = new Span(getTranslation("conflict.yours", text(field, mine)));
        yours.addClassName("conflict-yours");
        Div row = new Div(name, yours);
        row.addClassName("conflict-row");
        if (mayUseMine) {
            Button useMine = new Button(getTranslation("conflict.useMine"));
            useMine.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            useMine.setAriaLabel(getTranslation("conflict.useMineFor", label));
            useMine.addClassName("conflict-use-mine");
            useMine.addClickListener(e -> {
                set(field, mine);
                remove(row);
            });
            row.add(useMine);
        }
        return row;
    }

    /** The value as the field shows it: its items' labels, yes or no, or the text itself. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private String text(HasValue<?, ?> field, @Nullable Object value) {
        if (value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty())) {
            return getTranslation("conflict.empty");
        }
        if (field instanceof ComboBox box) {
            return String.valueOf(box.getItemLabelGenerator().apply(value));
        }
        if (field instanceof Select select) {
            return String.valueOf(select.getItemLabelGenerator().apply(value));
        }
        if (field instanceof RadioButtonGroup group) {
            return String.valueOf(group.getItemLabelGenerator().apply(value));
        }
        if (field instanceof MultiSelectComboBox box && value instanceof Collection<?> items) {
            return items.stream()
                    .map(item -> String.valueOf(box.getItemLabelGenerator().apply(item)))
                    .collect(Collectors.joining(", "));
        }
        if (field instanceof Checkbox) {
            return getTranslation(Boolean.TRUE.equals(value) ? "conflict.yes" : "conflict.no");
        }
        return value.toString();
    }

    @SuppressWarnings("unchecked")
    private static <V> void set(HasValue<?, V> field, @Nullable Object value) {
        field.setValue((V) value);
    }

    /** Empty text and nothing count as the same; so do equal collections of another kind. */
    private static boolean same(@Nullable Object a, @Nullable Object b) {
        if (isEmpty(a) && isEmpty(b)) {
            return true;
        }
        if (a instanceof Collection<?> ca && b instanceof Collection<?> cb) {
            return ca.size() == cb.size() && ca.containsAll(cb);
        }
        return Objects.equals(a, b);
    }

    private static boolean isEmpty(@Nullable Object value) {
        return value == null
                || (value instanceof String s && s.isEmpty())
                || (value instanceof Collection<?> c && c.isEmpty());
    }
}
