package org.charter.gateway.devtoken;

import java.time.Instant;
import java.util.Map;
import org.charter.gateway.problem.GatewayProblems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/tokens} issues a development token; {@code GET /dev/jwks.json} publishes the
 * public key the services verify it with. Mapped only when development tokens are enabled.
 */
@RestController
@ConditionalOnDevTokens
class DevTokenController {

    static final String TOKENS = "/dev/tokens";
    static final String JWKS = "/dev/jwks.json";

    record TokenResponse(String token, Instant expiresAt) {
    }

    private final DevTokenIssuer issuer;
    private final DevSigningKey key;

    DevTokenController(DevTokenIssuer issuer, DevSigningKey key) {
        this.issuer = issuer;
        this.key = key;
    }

    @PostMapping(path = TOKENS, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    TokenResponse issue(@RequestBody DevTokenRequest request) {
        DevTokenIssuer.IssuedToken issued = issuer.issue(request.validated());
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @GetMapping(path = JWKS, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> jwks() {
        return key.publicJwkSet().toJSONObject();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidDevTokenRequest invalid) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(GatewayProblems.invalidTokenRequest(invalid.input()));
    }
}
