package se.kundlofte.requirement;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One column: how many cards match the filter, its WIP limit, and the top cards by rank. */
public record BoardColumnView(
        Stage stage, int count, @Nullable Integer wipLimit, List<BoardCard> cards) {

    public boolean overLimit() {
        return wipLimit != null && count > wipLimit;
    }
}
