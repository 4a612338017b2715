package org.charter.workflow.engine.adapter;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Tells Camunda's webapps who signed in through Keycloak (Spring Security's OIDC login): the
 * token's subject (the person's membership id) as the user, its Charter role as the groups
 * ({@link WebappRoles}). Nobody else: no OIDC sign-in, or a role without a webapp, is no user.
 * Instantiated by Camunda's {@code ContainerBasedAuthenticationFilter} (public, no arguments).
 * <p>
 * Camunda's webapps (since 7.18.6) accept a signed-in person only if the engine knows a user of
 * that id, and otherwise fail with a NullPointerException (camunda-bpm-platform#3689): so the
 * first sign-in of a person with a webapp records a user profile of them (name and e-mail from the
 * token, no password, no group: the groups come from the token at every sign-in).
 */
public class SignedInWebappUser extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        AuthenticationResult result = of(authentication);
        if (result.isAuthenticated()) {
            knowProfile(engine, (OidcUser) authentication.getPrincipal());
        }
        return result;
    }

    private static void knowProfile(ProcessEngine engine, OidcUser person) {
        ProfilesOfSignedInPeople.know(engine, person.getSubject(),
                person.getGivenName() != null ? person.getGivenName() : person.getSubject(), person.getFamilyName(), person.getEmail());
    }

    static AuthenticationResult of(Authentication authentication) {
        if (!(authentication instanceof OAuth2AuthenticationToken token) || !(token.getPrincipal() instanceof OidcUser user)
                || user.getSubject() == null || user.getSubject().isBlank()) {
            return AuthenticationResult.unsuccessful();
        }
        List<String> groups = WebappRoles.groupsOf(user.getClaimAsString("role"));
        if (groups.isEmpty()) {
            return AuthenticationResult.unsuccessful(user.getSubject());
        }
        AuthenticationResult result = AuthenticationResult.successful(user.getSubject());
        result.setGroups(groups);
        result.setTenants(List.of());
        return result;
    }
}
