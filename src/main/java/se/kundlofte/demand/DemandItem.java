package se.kundlofte.demand;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A logged contact as lists show it. */
public record DemandItem(
        long id,
        long version,
        Instant loggedAt,
        long channelId,
        String channelSv,
        String channelEn,
        @Nullable Long customerId,
        @Nullable String customerName,
        String words,
        DemandKind kind,
        @Nullable Long causeId,
        @Nullable String causeSv,
        @Nullable String causeEn,
        @Nullable String journeyStage,
        @Nullable Boolean resolvedFirstContact,
        @Nullable Long requirementId,
        @Nullable Long loggedBy,
        @Nullable Long promiseId,
        @Nullable Long journeyStageId) {

    public String channel(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? channelSv : channelEn;
    }

    public String cause(Locale locale) {
        return causeId == null ? null : "sv".equals(locale.getLanguage()) ? causeSv : causeEn;
    }

    public DemandForm toForm() {
        return new DemandForm(
                channelId,
                customerId,
                words,
                kind,
                causeId,
                journeyStage,
                resolvedFirstContact,
                requirementId,
                promiseId,
                journeyStageId);
    }
}
