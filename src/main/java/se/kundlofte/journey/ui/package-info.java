@NullMarked
package se.kundlofte.journey.ui;

import org.jspecify.annotations.NullMarked;
