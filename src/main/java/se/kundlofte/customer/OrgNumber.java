package se.kundlofte.customer;

import java.util.Optional;

/**
 * Swedish organisation numbers (organisationsnummer), also personal identity numbers of sole
 * traders: ten digits whose last is a Luhn check digit. Accepted as typed ("556036-0793",
 * "5560360793", "16556036-0793") and stored as {@code NNNNNN-NNNN}.
 */
public final class OrgNumber {

    private OrgNumber() {}

    /** The normalized number, or empty when the text is not a valid organisation number. */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d+")) {
            return Optional.empty();
        }
        if (digits.length() == 12 && (digits.startsWith("16") || digits.startsWith("19") || digits.startsWith("20"))) {
            digits = digits.substring(2);
        }
        if (digits.length() != 10 || !luhnValid(digits)) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 6) + "-" + digits.substring(6));
    }

    /** True for blank (the number is optional) and for valid numbers. */
    public static boolean isValidOrBlank(String text) {
        return text == null || text.isBlank() || normalize(text).isPresent();
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** Appends the check digit to nine digits (used for demo data). */
    static String withCheckDigit(String nineDigits) {
        for (int check = 0; check <= 9; check++) {
            if (luhnValid(nineDigits + check)) {
                return nineDigits.substring(0, 6) + "-" + nineDigits.substring(6) + check;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
