@NullMarked
package se.kundlofte.security;

import org.jspecify.annotations.NullMarked;
