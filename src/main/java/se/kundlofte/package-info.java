/**
 * Kundlöfte. Every package is {@code @NullMarked}: a type is non-null unless it says
 * {@code @Nullable} (optional record parts, filters' "any", methods that may return null).
 */
@NullMarked
package se.kundlofte;

import org.jspecify.annotations.NullMarked;
