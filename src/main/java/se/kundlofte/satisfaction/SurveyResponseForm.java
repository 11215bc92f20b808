package se.kundlofte.satisfaction;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One survey response as it is entered or imported. Start from {@link #of} with what is required
 * and add the rest with the {@code with…} methods.
 */
public record SurveyResponseForm(
        @Nullable SurveyType type,
        @Nullable Integer score,
        @Nullable LocalDate answeredOn,
        @Nullable Long customerId,
        @Nullable Long stakeholderId,
        @Nullable String journeyStage,
        @Nullable String comment,
        @Nullable SurveyChannel channel,
        @Nullable String externalId) {

    public static SurveyResponseForm of(
            @Nullable SurveyType type,
            @Nullable Integer score,
            @Nullable LocalDate answeredOn,
            @Nullable Long customerId) {
        return new SurveyResponseForm(type, score, answeredOn, customerId, null, null, null, null, null);
    }

    public SurveyResponseForm withStakeholder(@Nullable Long stakeholderId) {
        return new SurveyResponseForm(
                type, score, answeredOn, customerId, stakeholderId, journeyStage, comment, channel, externalId);
    }

    public SurveyResponseForm withJourneyStage(@Nullable String journeyStage) {
        return new SurveyResponseForm(
                type, score, answeredOn, customerId, stakeholderId, journeyStage, comment, channel, externalId);
    }

    public SurveyResponseForm withComment(@Nullable String comment) {
        return new SurveyResponseForm(
                type, score, answeredOn, customerId, stakeholderId, journeyStage, comment, channel, externalId);
    }

    public SurveyResponseForm withChannel(@Nullable SurveyChannel channel) {
        return new SurveyResponseForm(
                type, score, answeredOn, customerId, stakeholderId, journeyStage, comment, channel, externalId);
    }

    public SurveyResponseForm withExternalId(@Nullable String externalId) {
        return new SurveyResponseForm(
                type, score, answeredOn, customerId, stakeholderId, journeyStage, comment, channel, externalId);
    }
}
