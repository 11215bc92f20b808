@NullMarked
package se.kundlofte.satisfaction;

import org.jspecify.annotations.NullMarked;
