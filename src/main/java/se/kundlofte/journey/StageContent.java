package se.kundlofte.journey;

import org.jspecify.annotations.Nullable;

/**
 * The lanes of one stage as a user edits them, in place or in the stage editor.
 *
 * @param emotion how the customer feels at the stage, −2 (very bad) to +2 (very good); null: not known
 * @param ownerDepartment the department that owns the stage (a role code or a free name); null: nobody
 */
public record StageContent(
        @Nullable String customerDoes,
        @Nullable String customerThinks,
        @Nullable Integer emotion,
        @Nullable String touchpoints,
        @Nullable String ownerDepartment,
        @Nullable Coverage coverage,
        @Nullable String painPoints,
        @Nullable String opportunities) {

    public static StageContent empty() {
        return new StageContent(null, null, null, null, null, null, null, null);
    }

    public StageContent withCustomerDoes(@Nullable String v) {
        return new StageContent(
                v, customerThinks, emotion, touchpoints, ownerDepartment, coverage, painPoints, opportunities);
    }

    public StageContent withCustomerThinks(@Nullable String v) {
        return new StageContent(
                customerDoes, v, emotion, touchpoints, ownerDepartment, coverage, painPoints, opportunities);
    }

    public StageContent withEmotion(@Nullable Integer v) {
        return new StageContent(
                customerDoes, customerThinks, v, touchpoints, ownerDepartment, coverage, painPoints, opportunities);
    }

    public StageContent withTouchpoints(@Nullable String v) {
        return new StageContent(
                customerDoes, customerThinks, emotion, v, ownerDepartment, coverage, painPoints, opportunities);
    }

    public StageContent withOwnerDepartment(@Nullable String v) {
        return new StageContent(
                customerDoes, customerThinks, emotion, touchpoints, v, coverage, painPoints, opportunities);
    }

    public StageContent withCoverage(@Nullable Coverage v) {
        return new StageContent(
                customerDoes, customerThinks, emotion, touchpoints, ownerDepartment, v, painPoints, opportunities);
    }

    public StageContent withPainPoints(@Nullable String v) {
        return new StageContent(
                customerDoes, customerThinks, emotion, touchpoints, ownerDepartment, coverage, v, opportunities);
    }

    public StageContent withOpportunities(@Nullable String v) {
        return new StageContent(
                customerDoes, customerThinks, emotion, touchpoints, ownerDepartment, coverage, painPoints, v);
    }
}
