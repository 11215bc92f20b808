package se.kundlofte.demand;

import java.util.Locale;

/** One failure cause in the Pareto: its count and the cumulative share up to and including it. */
public record ParetoBar(long causeId, String nameSv, String nameEn, long count, double cumulativeShare) {

    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameEn;
    }
}
