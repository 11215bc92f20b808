@NullMarked
package se.kundlofte.customer.ui;

import org.jspecify.annotations.NullMarked;
