@NullMarked
package se.kundlofte.demand;

import org.jspecify.annotations.NullMarked;
