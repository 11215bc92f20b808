package se.kundlofte.base.demo;

/**
 * Demo data of one feature. Loaded once, in {@link #order()}, into an empty database when the
 * portal runs in demo mode ({@code kundlofte.demo.enabled=true}, the default).
 */
public interface DemoData {

    /** Lower runs first; users are 0, so features that need owners come after. */
    int order();

    void load();
}
