package se.kundlofte.security;

import java.util.Set;

/**
 * A person as the identity provider vouches for them, with the portal roles their groups grant.
 *
 * @param subject the provider's stable id of the person ({@code sub})
 * @param username normalized username (lower case)
 * @param fullName display name
 * @param email email address, or empty when the provider gave none
 * @param roles portal roles, never empty
 */
public record SsoIdentity(String subject, String username, String fullName, String email, Set<String> roles) {}
