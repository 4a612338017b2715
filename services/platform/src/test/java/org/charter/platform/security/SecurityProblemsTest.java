package org.charter.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.charter.platform.problem.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Which 401 or 403 a refused request gets, decided without a server. */
class SecurityProblemsTest {

    @Test
    void an_auditor_changing_something_is_told_auditors_only_read() {
        var problem = ProblemAccessDeniedHandler.problemFor(Set.of("ROLE_AUDITOR"), "POST");

        assertThat(Problems.codeOf(problem)).isEqualTo("AUDITOR_READ_ONLY");
        assertThat(problem.getDetail()).contains("POST is a change");
    }

    @Test
    void a_token_without_a_charter_role_is_told_which_roles_there_are() {
        var problem = ProblemAccessDeniedHandler.problemFor(Set.of(), "GET");

        assertThat(Problems.codeOf(problem)).isEqualTo("FORBIDDEN");
        assertThat(problem.getDetail()).contains("delegate, secretary, auditor, admin");
    }

    @Test
    void any_other_role_refused_is_told_its_role_may_not() {
        assertThat(ProblemAccessDeniedHandler.problemFor(Set.of("ROLE_DELEGATE"), "POST").getDetail())
                .isEqualTo("Your role may not do this.");
    }

    @Test
    void no_token_is_told_how_to_send_one() {
        var problem = ProblemAuthenticationEntryPoint.problemFor(new InsufficientAuthenticationException("nobody"));

        assertThat(problem.getStatus()).isEqualTo(401);
        assertThat(Problems.codeOf(problem)).isEqualTo("UNAUTHENTICATED");
        assertThat(problem.getDetail()).contains("Authorization: Bearer <JWT>");
    }

    @Test
    void an_expired_token_is_told_to_get_a_new_one_and_nothing_of_the_decoder() {
        var expired = new InvalidBearerTokenException("An error occurred while attempting to decode the Jwt: Jwt expired at 2026-01-01T00:00:00Z");

        assertThat(ProblemAuthenticationEntryPoint.problemFor(expired).getDetail())
                .isEqualTo("The bearer token has expired; obtain a new one.");
    }

    @Test
    void a_token_that_names_no_actor_is_told_why_in_the_platforms_words() {
        var noMember = new TokenNamesNoActor("A delegate token must name its member in the 'member' claim.");
        var other = new OAuth2AuthenticationException(new OAuth2Error("invalid_token", "Signed JWT rejected: Invalid signature", null));

        assertThat(ProblemAuthenticationEntryPoint.problemFor(noMember).getDetail()).contains("'member' claim");
        assertThat(ProblemAuthenticationEntryPoint.problemFor(other).getDetail())
                .startsWith("The bearer token is invalid").doesNotContain("Signed JWT");
    }
}
