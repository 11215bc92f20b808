@NullMarked
package se.kundlofte.base.ui.chart;

import org.jspecify.annotations.NullMarked;
