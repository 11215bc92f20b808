package se.kundlofte.promise;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One wording of a promise: who changed it, when and why. */
public record PromiseVersionItem(
        int versionNo,
        String title,
        String text,
        @Nullable String limits,
        @Nullable String reason,
        Instant changedAt,
        String changedByName) {}
