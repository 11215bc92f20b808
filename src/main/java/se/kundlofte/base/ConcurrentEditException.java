package se.kundlofte.base;

/** Someone else saved the same record after the user opened it. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String entity, Object id) {
        super(entity + " " + id + " was changed by someone else");
    }
}
