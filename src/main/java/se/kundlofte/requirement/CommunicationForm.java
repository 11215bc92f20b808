package se.kundlofte.requirement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record CommunicationForm(
        String recipients,
        @Nullable Channel channel,
        @Nullable LocalDate communicatedOn,
        String summary) {}
