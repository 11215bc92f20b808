@NullMarked
package se.kundlofte.customer;

import org.jspecify.annotations.NullMarked;
