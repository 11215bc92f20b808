package se.kundlofte.requirement;

/** What a board move changed: the card's new version and the column it left and entered. */
public record MovedCard(long id, long version, Stage from, Stage stage) {}
