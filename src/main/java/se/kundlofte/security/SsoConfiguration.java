package se.kundlofte.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Single sign-on, only with {@code kundlofte.sso.enabled=true}; checks its configuration at start. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("kundlofte.sso.enabled")
class SsoConfiguration {

    @Bean
    SsoLogin ssoLogin(
            SsoProperties properties,
            ObjectProvider<ClientRegistrationRepository> registrations,
            SsoAccounts accounts) {
        String id = properties.registrationId();
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null || repository.findByRegistrationId(id) == null) {
            throw new IllegalStateException("kundlofte.sso.enabled=true needs the client registration '" + id
                    + "': set spring.security.oauth2.client.registration." + id
                    + ".client-id, client-secret and scope, and spring.security.oauth2.client.provider." + id
                    + ".issuer-uri (or change kundlofte.sso.registration-id)");
        }
        SsoRoleMapping mapping = new SsoRoleMapping(properties.groupRoles());
        if (mapping.isEmpty()) {
            throw new IllegalStateException("kundlofte.sso.enabled=true needs kundlofte.sso.group-roles: "
                    + "without a group mapped to a role nobody could log in through single sign-on");
        }
        return new SsoLogin(repository, new SsoUserService(properties, mapping, accounts));
    }
}
