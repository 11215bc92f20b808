@NullMarked
package se.kundlofte.base.imports.ui;

import org.jspecify.annotations.NullMarked;
