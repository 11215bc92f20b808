package se.kundlofte.base.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the whole service call again when the database chose its transaction as a deadlock
 * victim (MariaDB error 1213), so that users never see a deadlock error.
 *
 * <p>Deadlocks cannot be ruled out by lock order alone: a bulk triage locks many contacts and
 * their summary rows while single corrections lock one contact and the same summary rows, each in
 * its own order. The database then rolls one transaction back; repeating it after a short,
 * jittered pause succeeds, because the other transaction has finished by then.
 *
 * <p>The retry wraps the transaction (Spring puts retry advice before the transaction advice),
 * and only happens when the call started its own transaction: inside a caller's transaction the
 * caller's work is rolled back too, so only the caller may repeat it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(
        includes = PessimisticLockingFailureException.class,
        predicate = RetryOnDeadlock.OwnTransactionOnly.class,
        maxRetries = 5,
        delay = 20,
        jitter = 15,
        multiplier = 2,
        maxDelay = 400)
public @interface RetryOnDeadlock {

    /** Retries only a call whose transaction was its own (no caller's transaction is active). */
    final class OwnTransactionOnly implements MethodRetryPredicate {

        @Override
        public boolean shouldRetry(Method method, Throwable failure) {
            return !TransactionSynchronizationManager.isActualTransactionActive();
        }
    }
}
