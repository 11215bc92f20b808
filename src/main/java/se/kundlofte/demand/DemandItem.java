package se.kundlofte.demand;

import java.time.Instant;
import java.util.Locale;

/** A logged contact as lists show it. */
public record DemandItem(
        long id,
        long version,
        Instant loggedAt,
        long channelId,
        String channelSv,
        String channelEn,
        Long customerId,
        String customerName,
        String words,
        DemandKind kind,
        Long causeId,
        String causeSv,
        String causeEn,
        String journeyStage,
        Boolean resolvedFirstContact,
        Long requirementId,
        Long loggedBy) {

    public String channel(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? channelSv : channelEn;
    }

    public String cause(Locale locale) {
        return causeId == null ? null : "sv".equals(locale.getLanguage()) ? causeSv : causeEn;
    }

    public DemandForm toForm() {
        return new DemandForm(
                channelId, customerId, words, kind, causeId, journeyStage, resolvedFirstContact, requirementId);
    }
}
