@NullMarked
package se.kundlofte.shell;

import org.jspecify.annotations.NullMarked;
