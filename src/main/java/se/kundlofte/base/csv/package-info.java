@NullMarked
package se.kundlofte.base.csv;

import org.jspecify.annotations.NullMarked;
