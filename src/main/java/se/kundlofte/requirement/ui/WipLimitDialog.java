package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;
import se.kundlofte.requirement.BoardColumnView;

/** An administrator sets a column's WIP limit (empty = no limit). */
class WipLimitDialog extends Dialog {

    final IntegerField limit = new IntegerField();

    WipLimitDialog(BoardColumnView column, Consumer<Integer> onSave) {
        setHeaderTitle(getTranslation(
                "board.wipLimit.edit", getTranslation(column.stage().translationKey())));
        limit.setLabel(getTranslation("board.wipLimit.label"));
        limit.setHelperText(getTranslation("board.wipLimit.help"));
        limit.setMin(1);
        limit.setMax(999);
        limit.setValue(column.wipLimit());
        limit.setClearButtonVisible(true);
        // The label is a whole phrase: give it the dialog's width instead of the field's default.
        limit.setWidthFull();
        setWidth("26rem");
        add(limit);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (limit.isInvalid() || (limit.getValue() != null && (limit.getValue() < 1 || limit.getValue() > 999))) {
                limit.setErrorMessage(getTranslation("board.error.wipLimit"));
                limit.setInvalid(true);
                return;
            }
            onSave.accept(limit.getValue());
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
