package se.kundlofte.requirement;

import java.util.List;
import se.kundlofte.requirement.StageGates.Missing;

/** A move the gate rules refused; the card stays where it was. */
public class GateRefusedException extends RuntimeException {

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
}
