package se.kundlofte.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.DomainException;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.requirement.GateRefusedException;
import se.kundlofte.requirement.Stage;
import se.kundlofte.requirement.StageGates.Missing;
import se.kundlofte.requirement.WipLimitReachedException;

/** Every domain exception that reaches the UI's error handler becomes its own translated message. */
class ErrorHandlingTest {

    /** Shows which key with which arguments was translated. */
    private static final DomainException.Translator KEYS = (key, args) -> args.length == 0
            ? key
            : key + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));

    private static String message(Throwable error) {
        return ErrorHandling.message(error, KEYS);
    }

    @Test
    void aBrokenRuleShowsItsMessageWithItsArguments() {
        assertThat(message(new RuleViolationException("demand.error.causeNotFound")))
                .isEqualTo("demand.error.causeNotFound");
        assertThat(message(new RuleViolationException("user.error.nameTooLong", 120)))
                .isEqualTo("user.error.nameTooLong(120)");
    }

    @Test
    void wrappedDomainExceptionsAreFoundInTheCauseChain() {
        RuntimeException wrapped =
                new IllegalStateException("listener failed", new RuleViolationException("action.error.notFound"));
        assertThat(message(wrapped)).isEqualTo("action.error.notFound");
    }

    @Test
    void invalidInputShowsEachFieldMessageOnce() {
        FieldValidationException invalid = new FieldValidationException(List.of(
                new FieldError("title", "validation.required"),
                new FieldError("summary", "validation.required"),
                new FieldError("description", "validation.tooLong", 500)));
        assertThat(message(invalid)).isEqualTo("validation.required validation.tooLong(500)");
    }

    @Test
    void conflictingEditsSayThatSomeoneElseSaved() {
        assertThat(message(new ConcurrentEditException("Customer", 7))).isEqualTo("conflict.message");
        assertThat(message(new ObjectOptimisticLockingFailureException("Customer", 7)))
                .isEqualTo("conflict.message");
    }

    @Test
    void aRefusedGateNamesTheStageAndWhatIsMissing() {
        GateRefusedException refused = new GateRefusedException(
                Stage.PRIORITISED,
                List.of(new Missing("gate.value", "priority"), new Missing("gate.effort", "priority")));
        assertThat(message(refused)).isEqualTo("gate.refused(stage.PRIORITISED, gate.value, gate.effort)");
    }

    @Test
    void aFullColumnNamesTheStageTheCountAndTheLimit() {
        assertThat(message(new WipLimitReachedException(Stage.ACTIONS, 5, 6)))
                .isEqualTo("board.wipLimit.reached(stage.ACTIONS, 6, 5)");
    }

    @Test
    void everythingElseKeepsItsGeneralMessage() {
        assertThat(message(new AccessDeniedException("no"))).isEqualTo("error.forbidden");
        assertThat(message(new DataAccessResourceFailureException("down"))).isEqualTo("error.unavailable");
        assertThat(message(new IllegalStateException("bug"))).isEqualTo("error.unexpected");
    }
}
