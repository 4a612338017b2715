package org.charter.web.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Production (the profile {@code prod} or {@code production}, as the other services choose):
 * people sign in through OpenID Connect ({@link SignOn}), and the development login does not
 * exist ({@link DevSignInController} is not built) and may not be asked for.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod | production")
class SignOnConfiguration {

    SignOnConfiguration(DemoPeople demo) {
        // anyone could sign in as anyone: refuse to start rather than run so in production
        if (demo.enabled()) {
            throw new IllegalStateException("charter.web.dev-sign-in.enabled=true with the production profile: the"
                    + " development login must never run in production; people sign in through charter.web.sign-on.*");
        }
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(SignOnProperties properties) {
        return new InMemoryClientRegistrationRepository(properties.registration());
    }

    /** The tokens in the server-side session, as the development login's token is. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                // RestClient's: a public client's refresh must name the client (client_id), as Keycloak requires;
                // the RestTemplate client that is still the default leaves it out
                .refreshToken(refresh -> refresh.accessTokenResponseClient(new RestClientRefreshTokenTokenResponseClient()))
                .build());
        return manager;
    }

    @Bean
    SignOn signOn(ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients,
                  OAuth2AuthorizedClientManager clients, SignOnProperties properties) {
        return new SignOn(registrations, authorizedClients, clients, properties.postLogoutRedirectUri());
    }
}
