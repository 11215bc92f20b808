package se.kundlofte.satisfaction;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A response as lists show it (comments, the customer page). */
public record ResponseItem(
        long id,
        SurveyType type,
        int score,
        LocalDate answeredOn,
        long customerId,
        String customerName,
        @Nullable String stakeholderName,
        @Nullable String journeyStage,
        @Nullable String comment,
        @Nullable SurveyChannel channel,
        @Nullable String externalId) {}
