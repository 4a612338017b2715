package org.charter.web.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For one request of a person signed in through OpenID Connect: their access token from the
 * session (refreshed when it has expired, the new one kept) and a {@link SignedIn} made of it and
 * of the ID token's {@code sub}, {@code role} and {@code member}, the same claims as a development
 * token's. The pages see the same {@code SignedIn} either way. Only this request's security context
 * changes: the session keeps the sign-in itself (nothing saves the context implicitly). When no
 * token can be had (the refresh token expired or was revoked) the session ends and the person is
 * asked to sign in again.
 */
final class SignedInFromSignOn extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignedInFromSignOn.class);

    private final OAuth2AuthorizedClientManager clients;

    SignedInFromSignOn(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof OAuth2AuthenticationToken signOn) || !(signOn.getPrincipal() instanceof OidcUser person)) {
            chain.doFilter(request, response);
            return;
        }
        OAuth2AuthorizedClient client = authorized(signOn, request, response);
        if (client == null) {
            signInAgain(request, response);
            return;
        }
        SignedIn signedIn = new SignedIn(person.getSubject(), person.getClaimAsString("role"),
                person.getClaimAsString("member"), client.getAccessToken().getTokenValue());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signOn.getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private OAuth2AuthorizedClient authorized(OAuth2AuthenticationToken signOn, HttpServletRequest request, HttpServletResponse response) {
        try {
            return clients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(signOn.getAuthorizedClientRegistrationId())
                    .principal(signOn)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response)
                    .build());
        } catch (OAuth2AuthorizationException refused) {
            log.info("no access token for {} any more ({}): the session ends", signOn.getName(), refused.getError().getErrorCode());
            return null;
        }
    }

    private static void signInAgain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContextHolder.clearContext();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", "/sign-in?expired");
            response.setStatus(401);
        } else {
            response.sendRedirect("/sign-in?expired");
        }
    }
}
