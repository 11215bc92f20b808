@NullMarked
package se.kundlofte.satisfaction.ui;

import org.jspecify.annotations.NullMarked;
