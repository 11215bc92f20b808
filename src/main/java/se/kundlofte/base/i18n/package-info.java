@NullMarked
package se.kundlofte.base.i18n;

import org.jspecify.annotations.NullMarked;
