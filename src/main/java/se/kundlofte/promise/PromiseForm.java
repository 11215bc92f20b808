package se.kundlofte.promise;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.customer.Segment;

/**
 * A promise as its form edits it. Start from {@link #of} and add the rest with the {@code with…}
 * methods; a form straight from the fields may hold nulls and blanks, which the service reports.
 */
public record PromiseForm(
        String title,
        String text,
        @Nullable PromiseScope scope,
        @Nullable Segment segment,
        @Nullable Long industryId,
        @Nullable Long customerId,
        @Nullable StatedWhere statedWhere,
        boolean implicit,
        @Nullable String limits,
        @Nullable Long ownerId,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        List<JourneyPhase> stages,
        Answers answers) {

    /** The answers to the questions of writing a promise well (seed 000); the limits answer "how is it limited?". */
    public record Answers(
            @Nullable String issuer,
            @Nullable String includes,
            @Nullable String notTooMuch,
            @Nullable String whyMatters) {

        public static Answers none() {
            return new Answers(null, null, null, null);
        }
    }

    /** A promise to every customer, stated on the website, valid from the given day. */
    public static PromiseForm of(String title, String text) {
        return new PromiseForm(
                title,
                text,
                PromiseScope.ALL,
                null,
                null,
                null,
                StatedWhere.WEBSITE,
                false,
                null,
                null,
                null,
                null,
                List.of(),
                Answers.none());
    }

    public PromiseForm withScope(
            @Nullable PromiseScope scope,
            @Nullable Segment segment,
            @Nullable Long industryId,
            @Nullable Long customerId) {
        return new PromiseForm(
                title,
                text,
                scope,
                segment,
                industryId,
                customerId,
                statedWhere,
                implicit,
                limits,
                ownerId,
                validFrom,
                validTo,
                stages,
                answers);
    }

    public PromiseForm withStated(@Nullable StatedWhere statedWhere, boolean implicit) {
        return new PromiseForm(
                title,
                text,
                scope,
                segment,
                industryId,
                customerId,
                statedWhere,
                implicit,
                limits,
                ownerId,
                validFrom,
                validTo,
                stages,
                answers);
    }

    public PromiseForm withLimits(@Nullable String limits) {
        return new PromiseForm(
                title,
                text,
                scope,
                segment,
                industryId,
                customerId,
                statedWhere,
                implicit,
                limits,
                ownerId,
                validFrom,
                validTo,
                stages,
                answers);
    }

    public PromiseForm withOwner(@Nullable Long ownerId) {
        return new PromiseForm(
                title,
                text,
                scope,
                segment,
                industryId,
                customerId,
                statedWhere,
                implicit,
                limits,
                ownerId,
                validFrom,
                validTo,
                stages,
                answers);
    }

    public PromiseForm withValidity(@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
        return new PromiseForm(
                title,
                text,
                scope,
                segment,
                industryId,
                customerId,
                statedWhere,
                implicit,
                limits,
                ownerId,
                validFrom,
                validTo,
                stages,
                answers);
    }

    public PromiseForm withStages(List<JourneyPhase> stages) {
        return new PromiseForm(
                title,
                text,
                scope,
                segment,
                industryId,
                customerId,
                statedWhere,
                implicit,
                limits,
                ownerId,
                validFrom,
                validTo,
                stages,
                answers);
    }

    public PromiseForm withAnswers(Answers answers) {
        return new PromiseForm(
                title,
                text,
                scope,
                segment,
                industryId,
                customerId,
                statedWhere,
                implicit,
                limits,
                ownerId,
                validFrom,
                validTo,
                stages,
                answers);
    }

    public PromiseForm withText(String title, String text) {
        return new PromiseForm(
                title,
                text,
                scope,
                segment,
                industryId,
                customerId,
                statedWhere,
                implicit,
                limits,
                ownerId,
                validFrom,
                validTo,
                stages,
                answers);
    }
}
