package se.kundlofte.requirement;

import se.kundlofte.base.DomainException;

/** The target column is at or over its WIP limit; the move needs the user's confirmation. */
public class WipLimitReachedException extends RuntimeException implements DomainException {

    private final Stage stage;
    private final int limit;
    private final int count;

    public WipLimitReachedException(Stage stage, int limit, int count) {
        super(stage + " has " + count + " of at most " + limit);
        this.stage = stage;
        this.limit = limit;
        this.count = count;
    }

    public Stage getStage() {
        return stage;
    }

    public int getLimit() {
        return limit;
    }

    public int getCount() {
        return count;
    }

    @Override
    public String message(Translator translator) {
        return translator.translate(
                "board.wipLimit.reached", translator.translate(stage.translationKey()), count, limit);
    }
}
