package se.kundlofte.satisfaction;

/**
 * The three satisfaction measures and their scales (PRODUCT.md): NPS 0–10 (promoters 9–10,
 * detractors 0–6), CSAT 1–5 (satisfied 4–5), CES 1–7 (the mean; 5–7 counts as easy). "High" and
 * "low" answers are the ones each figure counts; the database's summary triggers use the same cuts.
 */
public enum SurveyType {
    NPS(0, 10, 9, 6),
    CSAT(1, 5, 4, 2),
    CES(1, 7, 5, 3);

    private final int min;
    private final int max;
    private final int highFrom;
    private final int lowTo;

    SurveyType(int min, int max, int highFrom, int lowTo) {
        this.min = min;
        this.max = max;
        this.highFrom = highFrom;
        this.lowTo = lowTo;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    int highFrom() {
        return highFrom;
    }

    int lowTo() {
        return lowTo;
    }

    public boolean inScale(int score) {
        return score >= min && score <= max;
    }

    /** Promoter (NPS 9–10), satisfied (CSAT 4–5) or easy (CES 5–7). */
    public boolean isHigh(int score) {
        return score >= highFrom;
    }

    /** Detractor (NPS 0–6), dissatisfied (CSAT 1–2) or difficult (CES 1–3). */
    public boolean isLow(int score) {
        return score <= lowTo;
    }

    /** An NPS detractor or a CSAT 1–2 gets a follow-up by the customer's owner. */
    public boolean needsFollowUp(int score) {
        return this != CES && isLow(score);
    }

    public String translationKey() {
        return "surveyType." + name();
    }
}
