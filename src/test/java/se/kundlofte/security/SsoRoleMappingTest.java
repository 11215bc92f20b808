package se.kundlofte.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SsoRoleMappingTest {

    private final SsoRoleMapping mapping = new SsoRoleMapping(Map.of(
            "kundlofte-sales", List.of("SALES"),
            "kundlofte-leads", List.of("sales", " Ceo "),
            "kundlofte/product", List.of("PRODUCT_DEVELOPMENT"),
            "3f2a9c1e-0000-4000-8000-000000000001", List.of("ADMIN")));

    @Test
    void eachMappedGroupGrantsItsRolesAndTheyAddUp() {
        assertThat(mapping.rolesFor(List.of("kundlofte-sales"))).containsExactly(AppRoles.SALES);
        assertThat(mapping.rolesFor(List.of("kundlofte-sales", "kundlofte-leads", "kundlofte/product")))
                .containsExactlyInAnyOrder(AppRoles.SALES, AppRoles.CEO, AppRoles.PRODUCT_DEVELOPMENT);
    }

    @Test
    void azureAdGroupObjectIdsMapLikeNames() {
        assertThat(mapping.rolesFor(List.of("3f2a9c1e-0000-4000-8000-000000000001")))
                .containsExactly(AppRoles.ADMIN);
    }

    @Test
    void unmappedGroupsGrantNothing() {
        assertThat(mapping.rolesFor(List.of("other-app", "Kundlofte-Sales"))).isEmpty();
        assertThat(mapping.rolesFor(List.of())).isEmpty();
    }

    @Test
    void aKeycloakGroupPathMatchesWithOrWithoutItsLeadingSlash() {
        assertThat(mapping.rolesFor(List.of("/kundlofte/product"))).containsExactly(AppRoles.PRODUCT_DEVELOPMENT);
        assertThat(mapping.rolesFor(List.of("/kundlofte-sales"))).containsExactly(AppRoles.SALES);
        assertThat(new SsoRoleMapping(Map.of("/exact", List.of("CEO"))).rolesFor(List.of("/exact")))
                .containsExactly(AppRoles.CEO);
    }

    @Test
    void aSingleGroupAsTextCountsAndOtherClaimShapesGrantNothing() {
        assertThat(mapping.rolesFor("kundlofte-sales")).containsExactly(AppRoles.SALES);
        assertThat(mapping.rolesFor(null)).isEmpty();
        assertThat(mapping.rolesFor(42)).isEmpty();
        assertThat(mapping.rolesFor(Map.of("kundlofte-sales", true))).isEmpty();
        assertThat(mapping.rolesFor(List.of(7, "kundlofte-sales"))).containsExactly(AppRoles.SALES);
    }

    @Test
    void roleCodesAreCaseInsensitiveButMustBePortalRoles() {
        assertThat(mapping.rolesFor(List.of("kundlofte-leads")))
                .containsExactlyInAnyOrder(AppRoles.SALES, AppRoles.CEO);
        assertThatThrownBy(() -> new SsoRoleMapping(Map.of("g", List.of("SUPERUSER"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kundlofte.sso.group-roles[g]")
                .hasMessageContaining("SUPERUSER");
        assertThatThrownBy(() -> new SsoRoleMapping(Map.of(" ", List.of("SALES"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyConfigurationIsRecognised() {
        assertThat(new SsoRoleMapping(Map.of()).isEmpty()).isTrue();
        assertThat(mapping.isEmpty()).isFalse();
    }
}
