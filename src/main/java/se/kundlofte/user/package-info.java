@NullMarked
package se.kundlofte.user;

import org.jspecify.annotations.NullMarked;
