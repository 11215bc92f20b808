@NullMarked
package se.kundlofte.base;

import org.jspecify.annotations.NullMarked;
