package se.kundlofte.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.security.AppRoles;
import se.kundlofte.security.Permission;
import se.kundlofte.test.IntegrationTest;

/** The owner list every board asks for is shared for a moment; a new colleague shows after it. */
@IntegrationTest
@WithUserDetails("admin")
class SharedOwnersTest {

    @Autowired
    UserDirectory directory;

    @Autowired
    UserAdminService admin;

    @AfterEach
    void sharingOff() {
        directory.shareFor(Duration.ZERO);
    }

    private List<String> owners() {
        return directory.activeWithPermission(Permission.REQUIREMENT_OWN).stream()
                .map(UserRef::username)
                .toList();
    }

    private String newSalesColleague() {
        String username = UserAdminServiceTest.uniqueUsername();
        admin.create(new NewUser(
                username,
                "Ny Kollega",
                username + "@foretag.se",
                "Sälj",
                Set.of(AppRoles.SALES),
                "ett långt lösenord"));
        return username;
    }

    @Test
    void aNewColleagueIsOfferedAsOwnerOnceTheSharedListIsOlderThanTheWindow() throws InterruptedException {
        directory.shareFor(Duration.ofMillis(500));
        List<UserRef> first = directory.activeWithPermission(Permission.REQUIREMENT_OWN);
        assertThat(directory.activeWithPermission(Permission.REQUIREMENT_OWN)).isSameAs(first);
        String username = newSalesColleague();

        // Within the window the list read before is still handed out.
        assertThat(owners()).doesNotContain(username);
        Thread.sleep(600);
        assertThat(owners()).contains(username);
    }

    @Test
    void withSharingOffANewColleagueIsOfferedAtOnce() {
        directory.shareFor(Duration.ZERO);
        owners();
        String username = newSalesColleague();

        assertThat(owners()).contains(username);
    }
}
