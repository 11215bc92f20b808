@NullMarked
package se.kundlofte.base.reference.ui;

import org.jspecify.annotations.NullMarked;
