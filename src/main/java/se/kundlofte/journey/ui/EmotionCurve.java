package se.kundlofte.journey.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The emotion curve across the stages, drawn in the stages' own columns: each column draws its
 * part of one line from the middle of the previous stage's score to the middle of the next one's,
 * so the curve runs unbroken across columns of any width. The SVG holds numbers only, never user
 * text.
 */
final class EmotionCurve {

    private static final String[] FACES = {"😣", "😕", "😐", "😊", "😄"};

    private EmotionCurve() {}

    /** Height in percent of the cell for a score −2..+2 (top is +2). */
    static double y(int emotion) {
        return 50 - emotion * 20;
    }

    static String face(int emotion) {
        return FACES[emotion + 2];
    }

    /** The points of the curve drawn in stage {@code index}'s column, in percent of the column. */
    static String points(List<@Nullable Integer> emotions, int index) {
        Integer here = emotions.get(index);
        if (here == null) {
            return "";
        }
        StringBuilder points = new StringBuilder();
        Integer before = index > 0 ? emotions.get(index - 1) : null;
        Integer after = index < emotions.size() - 1 ? emotions.get(index + 1) : null;
        if (before != null) {
            points.append(point(0, (y(before) + y(here)) / 2)).append(' ');
        }
        points.append(point(50, y(here)));
        if (after != null) {
            points.append(' ').append(point(100, (y(here) + y(after)) / 2));
        }
        return points.toString();
    }

    /** The curve's cell of one stage: the line, the dot at the score and the face with the score. */
    static Div cell(List<@Nullable Integer> emotions, int index, String label) {
        Div cell = new Div();
        cell.addClassName("emotion-cell");
        String points = points(emotions, index);
        Svg line = new Svg("<svg viewBox=\"0 0 100 100\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
                + "<line class=\"emotion-zero\" x1=\"0\" y1=\"50\" x2=\"100\" y2=\"50\" "
                + "vector-effect=\"non-scaling-stroke\"/>"
                + (points.contains(" ")
                        ? "<polyline class=\"emotion-line\" points=\"" + points
                                + "\" vector-effect=\"non-scaling-stroke\"/>"
                        : "")
                + "</svg>");
        line.addClassName("emotion-svg");
        cell.add(line);
        Integer emotion = emotions.get(index);
        if (emotion != null) {
            Div dot = new Div();
            dot.addClassNames("emotion-dot", "emotion-" + (emotion < 0 ? "neg" : emotion > 0 ? "pos" : "zero"));
            dot.getStyle().set("top", y(emotion) + "%");
            Span face = new Span(face(emotion));
            face.addClassName("emotion-face");
            Span score = new Span((emotion > 0 ? "+" : emotion < 0 ? "−" : "") + Math.abs(emotion));
            score.addClassName("emotion-score");
            dot.add(face, score);
            dot.getElement().setAttribute("title", label);
            cell.add(dot);
        } else {
            Span unknown = new Span("?");
            unknown.addClassName("emotion-unknown");
            cell.add(unknown);
        }
        return cell;
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }
}
