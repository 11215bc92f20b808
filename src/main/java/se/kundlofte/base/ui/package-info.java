@NullMarked
package se.kundlofte.base.ui;

import org.jspecify.annotations.NullMarked;
