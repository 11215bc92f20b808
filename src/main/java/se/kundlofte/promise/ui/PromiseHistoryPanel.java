package se.kundlofte.promise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.promise.PromiseVersionItem;
import se.kundlofte.promise.WordDiff;

/**
 * Every wording of the promise, newest first: who changed it, when and why, and what changed word
 * by word (removed words struck through, added words marked). Text only, never markup.
 */
class PromiseHistoryPanel extends Div {

    PromiseHistoryPanel(List<PromiseVersionItem> versions, BusinessTime time) {
        addClassName("promise-history");
        for (int i = 0; i < versions.size(); i++) {
            PromiseVersionItem v = versions.get(i);
            PromiseVersionItem before = i + 1 < versions.size() ? versions.get(i + 1) : null;
            Div entry = new Div();
            entry.addClassName("promise-version");
            entry.add(new H4(getTranslation("promise.history.version", v.versionNo())));
            Paragraph who = new Paragraph(
                    getTranslation("promise.history.who", v.changedByName(), time.formatDateTime(v.changedAt())));
            who.addClassName("muted");
            entry.add(who);
            Paragraph why = new Paragraph(
                    v.reason() == null
                            ? getTranslation(before == null ? "promise.history.first" : "promise.history.noReason")
                            : getTranslation("promise.history.why", v.reason()));
            why.addClassName("promise-version-reason");
            entry.add(why);
            if (before == null) {
                entry.add(plain("promise.field.title", v.title()), plain("promise.field.text", v.text()));
                if (v.limits() != null) {
                    entry.add(plain("promise.question.limits", v.limits()));
                }
            } else {
                entry.add(diff("promise.field.title", before.title(), v.title()));
                entry.add(diff("promise.field.text", before.text(), v.text()));
                if (!Objects.equals(before.limits(), v.limits())) {
                    entry.add(diff(
                            "promise.question.limits",
                            Objects.toString(before.limits(), ""),
                            Objects.toString(v.limits(), "")));
                }
            }
            add(entry);
        }
    }

    private Div plain(String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Div body = new Div(new Span(text));
        body.addClassName("diff");
        return new Div(label, body);
    }

    private Div diff(String labelKey, String before, String after) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        return new Div(label, diffBody(this, before, after));
    }

    /** The words of {@code after} with those removed since {@code before} struck through and added ones marked. */
    static Div diffBody(Component owner, String before, String after) {
        Div body = new Div();
        body.addClassName("diff");
        for (WordDiff.Part part : WordDiff.between(before, after)) {
            Span span = new Span(part.text());
            switch (part.change()) {
                case ADDED -> {
                    span.addClassName("diff-added");
                    span.getElement().setAttribute("title", owner.getTranslation("promise.history.added"));
                }
                case REMOVED -> {
                    span.addClassName("diff-removed");
                    span.getElement().setAttribute("title", owner.getTranslation("promise.history.removed"));
                }
                case SAME -> {}
            }
            body.add(span);
        }
        return body;
    }
}
