@NullMarked
package se.kundlofte.promise;

import org.jspecify.annotations.NullMarked;
