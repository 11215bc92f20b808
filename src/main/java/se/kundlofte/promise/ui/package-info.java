@NullMarked
package se.kundlofte.promise.ui;

import org.jspecify.annotations.NullMarked;
