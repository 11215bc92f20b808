package se.kundlofte.requirement;

import java.util.List;

/** One column: how many cards match the filter, its WIP limit, and the top cards by rank. */
public record BoardColumnView(Stage stage, int count, Integer wipLimit, List<BoardCard> cards) {

    public boolean overLimit() {
        return wipLimit != null && count > wipLimit;
    }
}
