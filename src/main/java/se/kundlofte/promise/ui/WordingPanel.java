package se.kundlofte.promise.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.kundlofte.promise.PromiseDetails;

/**
 * The wording a check, a perceived promise, a beyond-the-promise event or a review is judged
 * against, shown in its form. When the promise was reworded while the form was open, the latest
 * wording is shown with what changed marked word by word, so the user can judge it again.
 */
class WordingPanel extends Div {

    private PromiseDetails seen;

    WordingPanel(PromiseDetails promise) {
        this.seen = promise;
        addClassName("promise-wording");
        setId("promise-wording");
        show(promise, null);
    }

    /** The wording version this form is judged against. */
    int textVersion() {
        return seen.textVersion();
    }

    /** Shows the stored wording; marks what changed since the one shown before. */
    void update(PromiseDetails latest) {
        PromiseDetails before = seen;
        seen = latest;
        show(latest, before.textVersion() == latest.textVersion() ? null : before);
    }

    private void show(PromiseDetails promise, @Nullable PromiseDetails before) {
        removeAll();
        setClassName("changed", before != null);
        Span caption = new Span(
                before == null
                        ? getTranslation("promise.wording.caption", promise.textVersion())
                        : getTranslation("promise.wording.changed", before.textVersion(), promise.textVersion()));
        caption.addClassName("fact-label");
        caption.setId("promise-wording-caption");
        add(caption);
        if (before == null) {
            Paragraph title = new Paragraph(promise.title());
            title.addClassName("promise-wording-title");
            Paragraph text = new Paragraph(promise.text());
            text.addClassName("promise-text");
            add(title, text);
            if (promise.limits() != null && !promise.limits().isBlank()) {
                add(new Paragraph(getTranslation("promise.wording.limits", promise.limits())));
            }
            return;
        }
        add(
                PromiseHistoryPanel.diffBody(this, before.title(), promise.title()),
                PromiseHistoryPanel.diffBody(this, before.text(), promise.text()));
        if (!Objects.equals(before.limits(), promise.limits())) {
            Span limits = new Span(getTranslation("promise.question.limits"));
            limits.addClassName("fact-label");
            add(
                    limits,
                    PromiseHistoryPanel.diffBody(
                            this, Objects.toString(before.limits(), ""), Objects.toString(promise.limits(), "")));
        }
    }
}
