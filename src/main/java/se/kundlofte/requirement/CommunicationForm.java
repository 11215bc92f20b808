package se.kundlofte.requirement;

import java.time.LocalDate;

public record CommunicationForm(String recipients, Channel channel, LocalDate communicatedOn, String summary) {}
