@NullMarked
package se.kundlofte.requirement;

import org.jspecify.annotations.NullMarked;
