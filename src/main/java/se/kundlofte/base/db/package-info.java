@NullMarked
package se.kundlofte.base.db;

import org.jspecify.annotations.NullMarked;
