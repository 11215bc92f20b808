@NullMarked
package se.kundlofte.base.imports;

import org.jspecify.annotations.NullMarked;
