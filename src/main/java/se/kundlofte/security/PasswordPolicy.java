package se.kundlofte.security;

import java.util.Optional;

/**
 * Password rules (OWASP ASVS: length over complexity): 12 to 128 characters, any characters,
 * not blank and not the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** The translation key of the first rule the password breaks, or empty when it is fine. */
    public static Optional<String> violation(String password, String username) {
        if (password == null || password.isBlank()) {
            return Optional.of("password.error.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.error.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.error.tooLong");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("password.error.sameAsUsername");
        }
        return Optional.empty();
    }
}
