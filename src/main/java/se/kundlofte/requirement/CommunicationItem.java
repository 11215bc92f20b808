package se.kundlofte.requirement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record CommunicationItem(
        long id,
        String recipients,
        Channel channel,
        LocalDate communicatedOn,
        String summary,
        @Nullable String recordedBy) {}
