@NullMarked
package se.kundlofte.base.reference;

import org.jspecify.annotations.NullMarked;
