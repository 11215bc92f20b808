package se.kundlofte.satisfaction;

/**
 * The arithmetic of NPS, CSAT and CES from a {@link Tally}, with a 95 % interval so that a real
 * change can be told from noise.
 *
 * <ul>
 *   <li>NPS = 100 × (promoters − detractors) ÷ responses. Interval: ± 1.96 × the standard error of
 *       the difference of two shares of one sample, √((p + d − (p − d)²) ÷ n).
 *   <li>CSAT = 100 × satisfied (4–5) ÷ responses. Interval: ± 1.96 × √(p(1 − p) ÷ n).
 *   <li>CES = the mean score. Interval: ± t(0.975, n − 1) × s ÷ √n with the sample standard deviation.
 * </ul>
 *
 * Intervals are clipped to the scale. Fewer than {@link #MIN_TRUSTED} responses are marked as not
 * to be trusted, whatever the interval says.
 */
public final class SatisfactionMetrics {

    /** Below this many responses a figure is shown but marked as too few to trust. */
    public static final int MIN_TRUSTED = 30;

    private static final double Z = 1.96;

    /** Two-sided 95 % quantiles of Student's t by degrees of freedom (the next lower listed df is used). */
    private static final int[] T_DF = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25, 30, 40, 60, 120};

    private static final double[] T_VALUE = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.179, 2.131, 2.086, 2.060, 2.042, 2.021,
        2.000, 1.980
    };

    private SatisfactionMetrics() {}

    public static Score score(SurveyType type, Tally t) {
        long n = t.responses();
        if (n <= 0) {
            return new Score(type, 0, null, null, null, false, null);
        }
        boolean trusted = n >= MIN_TRUSTED;
        return switch (type) {
            case NPS -> {
                double p = (double) t.high() / n;
                double d = (double) t.low() / n;
                double value = 100 * (p - d);
                Double half = n < 2 ? null : 100 * Z * Math.sqrt(Math.max(0, p + d - (p - d) * (p - d)) / n);
                yield interval(type, n, value, half, trusted, null, -100, 100);
            }
            case CSAT -> {
                double p = (double) t.high() / n;
                Double half = n < 2 ? null : 100 * Z * Math.sqrt(p * (1 - p) / n);
                yield interval(type, n, 100 * p, half, trusted, null, 0, 100);
            }
            case CES -> {
                double mean = (double) t.sum() / n;
                Double half = null;
                if (n >= 2) {
                    double variance = Math.max(0, (t.squares() - (double) t.sum() * t.sum() / n) / (n - 1));
                    half = t975(n - 1) * Math.sqrt(variance / n);
                }
                yield interval(type, n, mean, half, trusted, (double) t.high() / n, type.min(), type.max());
            }
        };
    }

    /** The 97.5 % quantile of Student's t with {@code df} degrees of freedom (conservative between table rows). */
    static double t975(long df) {
        if (df > 120) {
            return Z;
        }
        double value = T_VALUE[0];
        for (int i = 0; i < T_DF.length; i++) {
            if (T_DF[i] <= df) {
                value = T_VALUE[i];
            }
        }
        return value;
    }

    private static Score interval(
            SurveyType type,
            long n,
            double value,
            Double half,
            boolean trusted,
            Double easyShare,
            double min,
            double max) {
        if (half == null) {
            return new Score(type, n, value, null, null, trusted, easyShare);
        }
        return new Score(type, n, value, Math.max(min, value - half), Math.min(max, value + half), trusted, easyShare);
    }
}
