package se.kundlofte.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before something is removed; removal happens only on an explicit yes. */
public final class ConfirmRemove {

    private ConfirmRemove() {}

    public static ConfirmDialog ask(Component owner, String question, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(owner.getTranslation("confirm.removeTitle"));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("action.cancel"));
        dialog.setConfirmText(owner.getTranslation("action.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
        return dialog;
    }
}
