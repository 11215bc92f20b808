@NullMarked
package se.kundlofte.requirement.ui;

import org.jspecify.annotations.NullMarked;
