package se.kundlofte.user;

/** What the first start of a database does, decided from the configuration alone. */
enum StartupPlan {
    /** Demo mode on an empty database: demo users and demo data. */
    LOAD_DEMO,
    /** Demo mode off on an empty database: one administrator from the configured password. */
    CREATE_ADMIN,
    /** The database already has users: nothing to do. */
    NOTHING;

    static StartupPlan decide(boolean demoEnabled, long existingUsers, String initialAdminPassword) {
        if (existingUsers > 0) {
            return NOTHING;
        }
        if (demoEnabled) {
            return LOAD_DEMO;
        }
        if (initialAdminPassword == null || initialAdminPassword.isBlank()) {
            throw new IllegalStateException("Demo mode is off and the database has no users: set "
                    + "kundlofte.initial-admin.password (environment KUNDLOFTE_INITIAL_ADMIN_PASSWORD, "
                    + "at least 12 characters) for the first administrator. Refusing to start.");
        }
        return CREATE_ADMIN;
    }
}
