package se.kundlofte.user;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.kundlofte.base.demo.DemoData;
import se.kundlofte.security.AppRoles;
import se.kundlofte.security.PasswordPolicy;
import se.kundlofte.security.Permission;

/** Fills an empty database: demo users and data in demo mode, else the first administrator. */
@Component
class FirstStartRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartRunner.class);

    private final UserProvisioning provisioning;
    private final List<DemoData> demoData;
    private final boolean demoEnabled;
    private final String adminUsername;
    private final String adminPassword;

    FirstStartRunner(
            UserProvisioning provisioning,
            List<DemoData> demoData,
            @Value("${kundlofte.demo.enabled:true}") boolean demoEnabled,
            @Value("${kundlofte.initial-admin.username:admin}") String adminUsername,
            @Value("${kundlofte.initial-admin.password:}") String adminPassword) {
        this.provisioning = provisioning;
        this.demoData = demoData;
        this.demoEnabled = demoEnabled;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        switch (StartupPlan.decide(demoEnabled, provisioning.count(), adminPassword)) {
            case LOAD_DEMO -> loadDemo();
            case CREATE_ADMIN -> createAdmin();
            case NOTHING -> log.info("Database has users; no demo data or first administrator created");
        }
    }

    /** Demo data goes in through the services, as the system with every role. */
    private void loadDemo() {
        long started = System.nanoTime();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, Permission.authorities(AppRoles.ALL)));
        SecurityContextHolder.setContext(system);
        try {
            demoData.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(DemoData::load);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void createAdmin() {
        PasswordPolicy.violation(adminPassword, adminUsername).ifPresent(rule -> {
            throw new IllegalStateException("kundlofte.initial-admin.password breaks the password rules (" + rule
                    + "): at least " + PasswordPolicy.MIN_LENGTH + " characters, not the username");
        });
        provisioning.create(new NewUser(
                adminUsername,
                "Administrator",
                adminUsername + "@localhost",
                null,
                Set.of(AppRoles.ADMIN),
                adminPassword));
        log.info("First administrator '{}' created from the configured password", adminUsername);
    }
}
