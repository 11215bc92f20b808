@NullMarked
package se.kundlofte.demand.ui;

import org.jspecify.annotations.NullMarked;
