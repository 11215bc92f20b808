package se.kundlofte.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.FieldError;
import se.kundlofte.security.AppRoles;
import se.kundlofte.security.PasswordPolicy;

/** Input rules for users, shared by the form (instant feedback) and the service (the guard). */
public final class UserRules {

    public static final int USERNAME_MAX = 64;
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int DEPARTMENT_MAX = 80;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private UserRules() {}

    /** Usernames are compared and stored trimmed and in lower case. */
    public static String normalizeUsername(@Nullable String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> username(String value) {
        String normalized = normalizeUsername(value);
        if (normalized.isEmpty()) {
            return Optional.of("user.error.usernameRequired");
        }
        return USERNAME.matcher(normalized).matches() ? Optional.empty() : Optional.of("user.error.usernameFormat");
    }

    public static Optional<String> fullName(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("user.error.nameRequired");
        }
        return value.trim().length() > NAME_MAX ? Optional.of("user.error.nameTooLong") : Optional.empty();
    }

    public static Optional<String> email(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("user.error.emailRequired");
        }
        String trimmed = value.trim();
        return trimmed.length() > EMAIL_MAX || !EMAIL.matcher(trimmed).matches()
                ? Optional.of("user.error.emailFormat")
                : Optional.empty();
    }

    public static Optional<String> department(String value) {
        return value != null && value.trim().length() > DEPARTMENT_MAX
                ? Optional.of("user.error.departmentTooLong")
                : Optional.empty();
    }

    public static Optional<String> roles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            return Optional.of("user.error.rolesRequired");
        }
        return AppRoles.ALL.containsAll(roles) ? Optional.empty() : Optional.of("user.error.rolesUnknown");
    }

    static List<FieldError> check(String fullName, String email, String department, Set<String> roles) {
        List<FieldError> errors = new ArrayList<>();
        fullName(fullName).ifPresent(key -> errors.add(new FieldError("fullName", key, NAME_MAX)));
        email(email).ifPresent(key -> errors.add(new FieldError("email", key)));
        department(department).ifPresent(key -> errors.add(new FieldError("department", key, DEPARTMENT_MAX)));
        roles(roles).ifPresent(key -> errors.add(new FieldError("roles", key)));
        return errors;
    }

    static List<FieldError> check(NewUser user) {
        List<FieldError> errors = new ArrayList<>();
        username(user.username()).ifPresent(key -> errors.add(new FieldError("username", key)));
        errors.addAll(check(user.fullName(), user.email(), user.department(), user.roles()));
        PasswordPolicy.violation(user.password(), normalizeUsername(user.username()))
                .ifPresent(key -> errors.add(
                        new FieldError("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)));
        return errors;
    }

    static @Nullable String trimToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
