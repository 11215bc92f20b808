package se.kundlofte.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kundlofte.security.SsoLoginRefusedException.Reason;

/** How the identity provider's claims become a portal identity (no server needed). */
class SsoIdentityClaimsTest {

    private final SsoProperties properties = new SsoProperties(
            true, "sso", "groups", "preferred_username", "name", Map.of("staff", List.of("SALES")), false);
    private final SsoUserService service =
            new SsoUserService(properties, new SsoRoleMapping(properties.groupRoles()), identity -> {
                throw new AssertionError("not called");
            });

    @Test
    void usernameNameEmailAndRolesComeFromTheClaims() {
        SsoIdentity identity = service.identity(claims(Map.of(
                "preferred_username", "Anna.Andersson@Foretag.se",
                "name", "Anna Andersson",
                "email", "anna@foretag.se")));
        assertThat(identity.subject()).isEqualTo("subject-1");
        assertThat(identity.username()).isEqualTo("anna.andersson@foretag.se");
        assertThat(identity.fullName()).isEqualTo("Anna Andersson");
        assertThat(identity.email()).isEqualTo("anna@foretag.se");
        assertThat(identity.roles()).containsExactly(AppRoles.SALES);
    }

    @Test
    void withoutAUsernameClaimTheEmailIsTheUsername() {
        SsoIdentity identity = service.identity(claims(Map.of("email", "bo@foretag.se")));
        assertThat(identity.username()).isEqualTo("bo@foretag.se");
        assertThat(identity.fullName()).as("no name claim: the username").isEqualTo("bo@foretag.se");
    }

    @Test
    void withoutANameClaimGivenAndFamilyNameAreUsed() {
        SsoIdentity identity =
                service.identity(claims(Map.of("preferred_username", "cia", "given_name", "Cia", "family_name", "Ek")));
        assertThat(identity.fullName()).isEqualTo("Cia Ek");
        assertThat(identity.email()).as("no email and the username is not one").isEmpty();
    }

    @Test
    void aPersonWithoutUsernameOrEmailIsRefused() {
        assertThatThrownBy(() -> service.identity(claims(Map.of("name", "Namn Utan"))))
                .isInstanceOfSatisfying(SsoLoginRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.NO_USERNAME));
    }

    @Test
    void aPersonWithoutAMappedGroupIsRefused() {
        Map<String, Object> claims = claims(Map.of("preferred_username", "dan"));
        claims.put("groups", List.of("visitors"));
        assertThatThrownBy(() -> service.identity(claims)).isInstanceOfSatisfying(SsoLoginRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NO_ROLE);
            assertThat(e.reason().code()).isEqualTo("no-role");
        });
    }

    private static Map<String, Object> claims(Map<String, Object> extra) {
        Map<String, Object> claims = new HashMap<>(extra);
        claims.put("sub", "subject-1");
        claims.putIfAbsent("groups", List.of("staff"));
        return claims;
    }
}
