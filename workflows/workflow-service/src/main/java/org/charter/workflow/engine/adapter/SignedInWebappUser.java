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
 */
public class SignedInWebappUser extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        return of(SecurityContextHolder.getContext().getAuthentication());
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
