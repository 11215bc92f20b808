package se.kundlofte.customer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.customer.CustomerRules;
import se.kundlofte.customer.NeedForm;
import se.kundlofte.customer.NeedItem;
import se.kundlofte.customer.NeedKind;

/** Add or edit a customer need. */
class NeedDialog extends FormDialog {

    final TextField title = new TextField();
    final RadioButtonGroup<NeedKind> kind = new RadioButtonGroup<>();
    final TextArea description = new TextArea();
    final Button save = new Button();

    private final Supplier<NeedItem> loader;
    private NeedItem original;

    NeedDialog(
            NeedItem original,
            BiFunction<NeedItem, NeedForm, NeedItem> saver,
            Supplier<NeedItem> loader,
            Consumer<NeedItem> onSaved) {
        this.original = original;
        this.loader = loader;
        setHeaderTitle(getTranslation(original == null ? "need.dialog.create" : "need.dialog.edit"));
        setWidth("min(36rem, 95vw)");
        title.setLabel(getTranslation("need.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(CustomerRules.NEED_TITLE_MAX);
        kind.setLabel(getTranslation("need.field.kind"));
        kind.setItems(NeedKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(NeedKind.DIRECT);
        description.setLabel(getTranslation("need.field.description"));
        description.setMaxLength(CustomerRules.NOTES_MAX);
        description.setMinRows(3);
        FormLayout form = new FormLayout(title, kind, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        fill(original);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(
                () -> saver.apply(
                        this.original, new NeedForm(title.getValue(), description.getValue(), kind.getValue())),
                onSaved,
                getTranslation("need.saved", title.getValue().trim())));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void fill(NeedItem need) {
        if (need != null) {
            title.setValue(need.title());
            kind.setValue(need.kind());
            description.setValue(need.description() == null ? "" : need.description());
        }
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("title", title, "kind", kind, "description", description);
    }

    @Override
    protected void reload() {
        original = loader.get();
        fill(original);
    }
}
