@NullMarked
package se.kundlofte.audit.ui;

import org.jspecify.annotations.NullMarked;
