package se.kundlofte.satisfaction;

/**
 * What every figure is computed from: the number of responses, the sum and the sum of squares of
 * their scores, and how many were high and low answers for their type (see {@link SurveyType}).
 */
public record Tally(long responses, long sum, long squares, long high, long low) {

    public static final Tally NONE = new Tally(0, 0, 0, 0, 0);

    /** The tally of the scores, counted here (for tests and small sets). */
    public static Tally of(SurveyType type, int... scores) {
        long sum = 0;
        long squares = 0;
        long high = 0;
        long low = 0;
        for (int score : scores) {
            sum += score;
            squares += (long) score * score;
            high += type.isHigh(score) ? 1 : 0;
            low += type.isLow(score) ? 1 : 0;
        }
        return new Tally(scores.length, sum, squares, high, low);
    }
}
