package org.charter.workflow.engine.adapter;

import jakarta.servlet.DispatcherType;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Production: people sign in to Tasklist, Cockpit and Admin through Keycloak (OIDC authorization
 * code, the workflow's client {@code charter-workflow}), with a session of the webapps' own. Its
 * own filter chain for the webapps' paths, before the platform's bearer-token chain, which keeps
 * {@code /api/**} and {@code /engine-rest/**}. Secretaries and admins get in, the Admin webapp is
 * admins' only, and the webapps' password login is closed (no engine user exists). Camunda learns
 * the user from the sign-in ({@link SignedInWebappUser}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod | production")
class WebappSignOn {

    static final String[] WEBAPP_PATHS = {"/", "/camunda/**", "/oauth2/**", "/login/**", "/logout"};

    @Bean
    @Order(SecurityProperties.BASIC_AUTH_ORDER - 1)
    SecurityFilterChain camundaWebappSignOn(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        // PKCE for this confidential client too: the realm requires it (S256)
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.securityMatcher(WEBAPP_PATHS)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/camunda/api/admin/auth/user/*/login/**").denyAll()
                        .requestMatchers("/camunda/api/admin/auth/**").authenticated()
                        .requestMatchers("/camunda/app/admin/**", "/camunda/api/admin/**").hasRole("ADMIN")
                        .anyRequest().hasAnyRole("SECRETARY", "ADMIN"))
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(charterRoles())))
                // Camunda's webapps guard their own API with a CSRF token of their own
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/api/**"))
                .logout(logout -> logout.logoutSuccessUrl("/camunda/app/"));
        return http.build();
    }

    /** People come from Keycloak: the engine's identity is read-only (see the plugin). */
    @Bean
    static ProfilesOfSignedInPeople profilesOfSignedInPeople() {
        return new ProfilesOfSignedInPeople();
    }

    /** After Spring Security's chain (which signed the person in), before the webapps. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappUserFromSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("charterWebappUserFromSignOn");
        registration.setInitParameters(Map.of("authentication-provider", SignedInWebappUser.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** The ID token's {@code role} claim as a Spring Security role. */
    static GrantedAuthoritiesMapper charterRoles() {
        return (Collection<? extends GrantedAuthority> authorities) -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc && oidc.getIdToken().getClaimAsString("role") != null) {
                    mapped.add(new SimpleGrantedAuthority("ROLE_" + oidc.getIdToken().getClaimAsString("role").toUpperCase()));
                }
            }
            return mapped;
        };
    }
}
