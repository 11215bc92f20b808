@NullMarked
package se.kundlofte.user.ui;

import org.jspecify.annotations.NullMarked;
