package se.kundlofte.base;

import java.util.List;

/** A business rule refused the operation; the message is a translation key with arguments. */
public class RuleViolationException extends RuntimeException implements DomainException {

    private final String messageKey;
    private final transient List<Object> args;

    public RuleViolationException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgs() {
        return args.toArray();
    }

    @Override
    public String message(Translator translator) {
        return translator.translate(messageKey, getArgs());
    }
}
