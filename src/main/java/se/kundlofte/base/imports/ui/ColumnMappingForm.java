package se.kundlofte.base.imports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import se.kundlofte.base.imports.ColumnMapping;
import se.kundlofte.base.imports.ImportField;

/**
 * The column mapping step of an import: one combo box per column of the file, labelled with the
 * file's header and a sample value, offering our fields or "ignore". A form, so it works from the
 * keyboard (Tab between columns, type to filter fields). The boxes are built once per file and
 * only updated afterwards, so that focus stays where the user is.
 */
public class ColumnMappingForm extends FormLayout {

    private final List<ImportField> fields;
    private final Consumer<ColumnMapping> onChange;
    private final List<ComboBox<String>> columns = new ArrayList<>();
    private ColumnMapping mapping = new ColumnMapping(List.of(), List.of());
    private boolean updating;

    public ColumnMappingForm(List<ImportField> fields, Consumer<ColumnMapping> onChange) {
        this.fields = List.copyOf(fields);
        this.onChange = onChange;
        addClassName("column-mapping");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2), new ResponsiveStep("56rem", 3));
    }

    /** Shows the mapping; builds the boxes when the file's headers changed. */
    public void show(ColumnMapping shown, List<String> samples) {
        if (!shown.headers().equals(mapping.headers())) {
            build(shown, samples);
        }
        mapping = shown;
        updating = true;
        try {
            for (int i = 0; i < columns.size(); i++) {
                ComboBox<String> box = columns.get(i);
                String field = shown.field(i);
                box.setValue(ColumnMapping.UNMATCHED.equals(field) ? null : field);
                box.setInvalid(ColumnMapping.UNMATCHED.equals(field));
            }
        } finally {
            updating = false;
        }
    }

    /** The boxes, one per column of the file, in file order. */
    public List<ComboBox<String>> columns() {
        return List.copyOf(columns);
    }

    private void build(ColumnMapping shown, List<String> samples) {
        removeAll();
        columns.clear();
        List<String> items = Stream.concat(
                        Stream.of(ColumnMapping.IGNORE), fields.stream().map(ImportField::key))
                .toList();
        for (int i = 0; i < shown.headers().size(); i++) {
            int column = i;
            String header = shown.headers().get(i);
            ComboBox<String> box =
                    new ComboBox<>(header.isBlank() ? getTranslation("import.mapping.noHeader", i + 1) : header);
            box.setItems(items);
            box.setItemLabelGenerator(this::label);
            box.setManualValidation(true);
            box.setErrorMessage(getTranslation("import.mapping.unmatched"));
            String sample = i < samples.size() ? samples.get(i) : "";
            if (!sample.isBlank()) {
                box.setHelperText(getTranslation("import.mapping.sample", abbreviate(sample)));
            }
            box.addValueChangeListener(e -> {
                if (!updating) {
                    onChange.accept(
                            mapping.with(column, e.getValue() == null ? ColumnMapping.UNMATCHED : e.getValue()));
                }
            });
            columns.add(box);
            add(box);
        }
    }

    private String label(String field) {
        if (ColumnMapping.IGNORE.equals(field)) {
            return getTranslation("import.mapping.ignore");
        }
        return fields.stream()
                .filter(f -> f.key().equals(field))
                .findFirst()
                .map(f -> getTranslation(f.labelKey()))
                .orElse(field);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 39) + "…" : text;
    }
}
