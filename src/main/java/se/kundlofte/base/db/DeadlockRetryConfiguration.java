package se.kundlofte.base.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.resilience.retry.MethodRetryEvent;

/** Turns on {@link RetryOnDeadlock} and logs each retry, so that frequent deadlocks show in the log. */
@Configuration
@EnableResilientMethods
class DeadlockRetryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeadlockRetryConfiguration.class);

    @EventListener
    void retried(MethodRetryEvent event) {
        // The event comes for every failure of a retryable method; only deadlocks are of interest.
        if (!(event.getFailure() instanceof PessimisticLockingFailureException)) {
            return;
        }
        log.info(
                "{} {}: {}",
                event.isRetryAborted() ? "Gave up" : "Retrying",
                event.getMethod().getDeclaringClass().getSimpleName() + "."
                        + event.getMethod().getName(),
                event.getFailure().getMessage());
    }
}
