package se.kundlofte.base;

/** Someone else saved the same record after the user opened it. */
public class ConcurrentEditException extends RuntimeException implements DomainException {

    public ConcurrentEditException(String entity, Object id) {
        super(entity + " " + id + " was changed by someone else");
    }

    @Override
    public String message(Translator translator) {
        return translator.translate("conflict.message");
    }
}
