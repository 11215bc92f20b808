@NullMarked
package se.kundlofte.audit;

import org.jspecify.annotations.NullMarked;
