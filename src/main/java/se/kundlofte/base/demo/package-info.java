@NullMarked
package se.kundlofte.base.demo;

import org.jspecify.annotations.NullMarked;
