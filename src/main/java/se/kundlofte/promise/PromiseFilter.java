package se.kundlofte.promise;

import org.jspecify.annotations.Nullable;

/** What the register shows: words in the title or text, one owner, and whether retired promises count. */
public record PromiseFilter(@Nullable String text, @Nullable Long ownerId, boolean includeRetired) {

    public static PromiseFilter all() {
        return new PromiseFilter(null, null, false);
    }

    public PromiseFilter withText(@Nullable String text) {
        return new PromiseFilter(text, ownerId, includeRetired);
    }

    public PromiseFilter withOwner(@Nullable Long ownerId) {
        return new PromiseFilter(text, ownerId, includeRetired);
    }

    public PromiseFilter withRetired(boolean includeRetired) {
        return new PromiseFilter(text, ownerId, includeRetired);
    }
}
