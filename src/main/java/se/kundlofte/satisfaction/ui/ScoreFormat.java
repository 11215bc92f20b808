package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.kundlofte.satisfaction.Score;
import se.kundlofte.satisfaction.SurveyType;

/** How figures are written: NPS in signed points, CSAT in percent, CES with one decimal, in the user's language. */
final class ScoreFormat {

    private ScoreFormat() {}

    static String value(SurveyType type, @Nullable Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        return switch (type) {
            case NPS ->
                (value > 0.5 ? "+" : "")
                        + NumberFormat.getIntegerInstance(locale).format(Math.round(value));
            case CSAT -> NumberFormat.getIntegerInstance(locale).format(Math.round(value)) + " %";
            case CES -> decimal(locale).format(value);
        };
    }

    static String value(Score score, Locale locale) {
        return value(score.type(), score.value(), locale);
    }

    /** "12 – 30", or a dash when there is no interval. */
    static String interval(Score score, Locale locale) {
        if (score.lower() == null || score.upper() == null) {
            return "–";
        }
        return value(score.type(), score.lower(), locale) + " – " + value(score.type(), score.upper(), locale);
    }

    /** For charts: the figure as a plain number (points, percent or mean). */
    static @Nullable Double plain(@Nullable Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    /** A response's score as a badge: green for high answers, red for low ones. */
    static Badge badge(SurveyType type, int score) {
        Badge badge = new Badge(type.name() + " " + score);
        badge.addThemeVariants(BadgeVariant.SMALL);
        if (type.isHigh(score)) {
            badge.addThemeVariants(BadgeVariant.SUCCESS);
        } else if (type.isLow(score)) {
            badge.addThemeVariants(BadgeVariant.ERROR);
        } else {
            badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        badge.addClassName("score-badge");
        return badge;
    }

    /** The marker of a figure resting on too few responses. */
    static Component fewMarker(Component owner) {
        Badge badge = new Badge(owner.getTranslation("satisfaction.tooFew"));
        badge.addThemeVariants(BadgeVariant.SMALL, BadgeVariant.WARNING);
        badge.addClassName("too-few");
        badge.getElement().setAttribute("title", owner.getTranslation("satisfaction.tooFew.help", 30));
        return badge;
    }

    private static NumberFormat decimal(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format;
    }
}
