package se.kundlofte.promise.ui;

import java.util.function.Supplier;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.promise.PromiseDetails;

/**
 * A form that records evidence about a promise (a check, a perceived promise, a beyond-the-promise
 * event): it shows the wording the evidence is judged against and saves with that wording's
 * version. A rewording by a colleague in between is a conflict: nothing is saved, and "load the
 * latest version" shows the new wording with its changes marked while everything typed stays, to
 * be saved again once the user has judged it against the new words.
 */
abstract class EvidenceDialog extends FormDialog {

    final WordingPanel wording;

    private final Supplier<PromiseDetails> loader;
    private final Runnable onReloaded;

    EvidenceDialog(PromiseDetails promise, Supplier<PromiseDetails> loader, Runnable onReloaded) {
        this.loader = loader;
        this.onReloaded = onReloaded;
        this.wording = new WordingPanel(promise);
        add(wording);
    }

    /** The wording version the user sees, sent with the save. */
    int wordingSeen() {
        return wording.textVersion();
    }

    @Override
    protected String conflictMessage() {
        return getTranslation("promise.conflict.reworded");
    }

    @Override
    protected void reload() {
        wording.update(loader.get());
        onReloaded.run();
    }
}
