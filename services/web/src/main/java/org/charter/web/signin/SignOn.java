package org.charter.web.signin;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The production sign-in (prod profile, {@link SignOnConfiguration}): Spring Security's
 * {@code oauth2Login} with the authorization code and PKCE, the tokens kept in the session
 * ({@link OAuth2AuthorizedClientRepository}), each request's {@link SignedIn} made from them
 * ({@link SignedInFromSignOn}, refreshing an expired access token), and RP-initiated logout.
 * Signed in, the person is sent to the page they had asked for ({@link PageAfterSignIn}).
 */
public final class SignOn {

    /** Where the sign-in page's button starts the code flow. */
    public static final String START = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
            + "/" + SignOnProperties.REGISTRATION_ID;

    private final ClientRegistrationRepository registrations;
    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final OAuth2AuthorizedClientManager clients;
    private final String postLogoutRedirectUri;

    SignOn(ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients,
           OAuth2AuthorizedClientManager clients, String postLogoutRedirectUri) {
        this.registrations = registrations;
        this.authorizedClients = authorizedClients;
        this.clients = clients;
        this.postLogoutRedirectUri = postLogoutRedirectUri;
    }

    /** Adds the code flow, the per-request person and the provider's logout to the web app's one filter chain. */
    public void configure(HttpSecurity http, PageAfterSignIn pageAfterSignIn) throws Exception {
        var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        // PKCE for a confidential client too (a public client gets it anyway): the realm requires S256
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri(postLogoutRedirectUri);
        logout.setDefaultTargetUrl("/sign-in?signedOut");
        http.oauth2Login(login -> login
                        .loginPage("/sign-in")
                        .authorizedClientRepository(authorizedClients)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(charterRoles()))
                        .successHandler(pageAfterSignIn)
                        .failureUrl("/sign-in?failed"))
                .logout(signOut -> signOut.logoutSuccessHandler(logout))
                // after the logout filter (which needs the ID token for the provider's logout) and the authorization
                .addFilterAfter(new SignedInFromSignOn(clients), AuthorizationFilter.class);
    }

    /** The ID token's {@code role} claim as a role, as the development login grants it ({@code ROLE_DELEGATE}, ...). */
    static GrantedAuthoritiesMapper charterRoles() {
        return (Collection<? extends GrantedAuthority> authorities) -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc && oidc.getIdToken().getClaimAsString("role") != null) {
                    mapped.add(SignedIn.authority(oidc.getIdToken().getClaimAsString("role")));
                }
            }
            return mapped;
        };
    }
}
