package se.kundlofte.requirement;

import java.util.List;
import se.kundlofte.base.DomainException;
import se.kundlofte.requirement.StageGates.Missing;

/** A move the gate rules refused; the card stays where it was. */
public class GateRefusedException extends RuntimeException implements DomainException {

    private final Stage target;
    private final transient List<Missing> missing;

    public GateRefusedException(Stage target, List<Missing> missing) {
        super("Cannot enter " + target + ": " + missing);
        this.target = target;
        this.missing = List.copyOf(missing);
    }

    public Stage getTarget() {
        return target;
    }

    public List<Missing> getMissing() {
        return missing;
    }

    @Override
    public String message(Translator translator) {
        return translator.translate(
                "gate.refused",
                translator.translate(target.translationKey()),
                missing.stream()
                        .map(m -> translator.translate(m.messageKey()))
                        .collect(java.util.stream.Collectors.joining(", ")));
    }
}
