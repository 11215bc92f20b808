@NullMarked
package se.kundlofte.security.ui;

import org.jspecify.annotations.NullMarked;
