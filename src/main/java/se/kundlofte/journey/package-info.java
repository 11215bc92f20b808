/** Customer journey maps: journeys, their stages (each in a shared phase), the lanes of the map, observations and the live figures per stage. */
@NullMarked
package se.kundlofte.journey;

import org.jspecify.annotations.NullMarked;
