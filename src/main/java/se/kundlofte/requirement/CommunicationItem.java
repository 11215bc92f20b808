package se.kundlofte.requirement;

import java.time.LocalDate;

public record CommunicationItem(
        long id, String recipients, Channel channel, LocalDate communicatedOn, String summary, String recordedBy) {}
