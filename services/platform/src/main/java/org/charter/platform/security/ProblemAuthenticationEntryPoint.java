package org.charter.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.charter.platform.error.ProblemCodes;
import org.charter.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as {@code application/problem+json}, with the {@code WWW-Authenticate: Bearer ...} header
 * of RFC 6750. The detail says whether the token was missing, expired or otherwise unusable,
 * without repeating the decoder's internals.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final ObjectMapper json;

    public ProblemAuthenticationEntryPoint(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException failure) throws IOException {
        bearer.commence(request, response, failure);
        Problems.write(Problems.problem(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED, detailOf(failure)),
                request, response, json);
    }

    static String detailOf(AuthenticationException failure) {
        if (!(failure instanceof OAuth2AuthenticationException oauth)) {
            return "A bearer token is required: send 'Authorization: Bearer <JWT>'.";
        }
        String description = oauth.getError().getDescription();
        if (description != null && description.contains("expired")) {
            return "The bearer token has expired; obtain a new one.";
        }
        if (failure instanceof InvalidBearerTokenException && description != null
                && (description.startsWith("A delegate token") || description.startsWith("The token has no"))) {
            return description;
        }
        return "The bearer token is invalid: it is malformed, not signed by a trusted issuer, or not yet valid.";
    }
}
