package org.charter.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.charter.platform.problem.PlatformProblems;
import org.charter.platform.problem.ProblemWriter;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as {@code application/problem+json}, with the {@code WWW-Authenticate: Bearer ...} header
 * of RFC 6750. The detail says whether the token was missing, expired or otherwise unusable,
 * without repeating the decoder's internals.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final ProblemWriter writer;

    public ProblemAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException failure) throws IOException {
        bearer.commence(request, response, failure);
        writer.write(problemFor(failure), request, response);
    }

    static ProblemDetail problemFor(AuthenticationException failure) {
        if (!(failure instanceof OAuth2AuthenticationException oauth)) {
            return PlatformProblems.tokenRequired();
        }
        String description = oauth.getError().getDescription();
        if (description != null && description.contains("expired")) {
            return PlatformProblems.tokenExpired();
        }
        if (failure instanceof TokenNamesNoActor) {
            // the platform's own sentence (JwtActors, CharterJwtAuthenticationConverter), safe to repeat
            return PlatformProblems.tokenNamesNoActor(description);
        }
        return PlatformProblems.tokenInvalid();
    }
}
