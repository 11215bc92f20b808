package se.kundlofte.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** Start-up rules of single sign-on: off by default, and on only with a complete configuration. */
class SsoConfigurationTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Base.class, SsoConfiguration.class);

    @Test
    void withoutConfigurationThereIsNoSingleSignOn() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(SsoLogin.class);
            assertThat(context.getBean(SsoProperties.class).enabled()).isFalse();
            assertThat(context.getBean(SsoProperties.class).groupsClaim()).isEqualTo("groups");
        });
    }

    @Test
    void switchedOnWithoutAClientRegistrationTheAppRefusesToStartAndSaysWhatIsMissing() {
        runner.withPropertyValues("kundlofte.sso.enabled=true", "kundlofte.sso.group-roles.staff=SALES")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("spring.security.oauth2.client.provider.sso.issuer-uri"));
    }

    @Test
    void switchedOnWithoutGroupMappingTheAppRefusesToStart() {
        runner.withUserConfiguration(Registration.class)
                .withPropertyValues("kundlofte.sso.enabled=true")
                .run(context ->
                        assertThat(context).getFailure().rootCause().hasMessageContaining("kundlofte.sso.group-roles"));
    }

    @Test
    void anUnknownRoleInTheMappingStopsTheStart() {
        runner.withUserConfiguration(Registration.class)
                .withPropertyValues("kundlofte.sso.enabled=true", "kundlofte.sso.group-roles.staff=BOSS")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("BOSS"));
    }

    @Test
    void aCompleteConfigurationSwitchesItOn() {
        runner.withUserConfiguration(Registration.class)
                .withPropertyValues("kundlofte.sso.enabled=true", "kundlofte.sso.group-roles.staff=SALES")
                .run(context -> assertThat(context).hasSingleBean(SsoLogin.class));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SsoProperties.class)
    static class Base {
        @Bean
        SsoAccounts ssoAccounts() {
            return identity -> {
                throw new AssertionError("not called");
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        ClientRegistrationRepository clientRegistrationRepository() {
            return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("sso")
                    .clientId("kundlofte")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .authorizationUri("https://idp.example/authorize")
                    .tokenUri("https://idp.example/token")
                    .build());
        }
    }
}
