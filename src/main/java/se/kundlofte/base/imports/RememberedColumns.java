package se.kundlofte.base.imports;

/** Limits of the remembered column mappings, as the table defines them. */
final class RememberedColumns {

    /** Longer headers are not remembered (they are rarely real headers). */
    static final int HEADER_MAX = 100;

    private RememberedColumns() {}
}
