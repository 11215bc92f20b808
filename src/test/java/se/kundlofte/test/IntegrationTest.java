package se.kundlofte.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test context shared by every integration, UI and HTTP test: the whole app on a
 * random port over a fresh embedded MariaDB with the demo users. Keep the configuration
 * identical everywhere so that the context (and the database) start once per run. Its clock is
 * a {@link TestClock} that a test may move.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
public @interface IntegrationTest {}
