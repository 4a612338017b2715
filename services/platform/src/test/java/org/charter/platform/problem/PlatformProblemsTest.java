package org.charter.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.charter.conventions.InvalidField;
import org.charter.conventions.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class PlatformProblemsTest {

    @Test
    void every_platform_problem_is_typed_titled_and_coded_by_one_rule() {
        ProblemDetail problem = PlatformProblems.auditorReadOnly("DELETE");

        assertThat(problem.getStatus()).isEqualTo(403);
        assertThat(Problems.codeOf(problem)).isEqualTo(ProblemCodes.AUDITOR_READ_ONLY);
        assertThat(problem.getType()).hasToString("https://charter.dev/problems/auditor-read-only");
        assertThat(problem.getTitle()).isEqualTo("Auditor read only");
        assertThat(problem.getDetail()).isEqualTo("Auditors may read everything and change nothing; DELETE is a change.");
    }

    @Test
    void a_validation_problem_lists_every_offending_field_in_a_stable_order() {
        ProblemDetail problem = PlatformProblems.validationFailed(InvalidInput.of(List.of(
                new InvalidField("seats", "must be greater than or equal to 1"),
                new InvalidField("name", "must not be blank"))));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(Problems.codeOf(problem)).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.getDetail())
                .isEqualTo("Invalid input. name: must not be blank; seats: must be greater than or equal to 1.");
        assertThat(problem.getProperties().get("errors")).asList().extracting("field").containsExactly("name", "seats");
    }

    @Test
    void a_parameter_problem_names_the_parameter_as_an_offending_field() {
        ProblemDetail problem = PlatformProblems.invalidParameter("size", "many", "a number");

        assertThat(problem.getDetail()).isEqualTo("Parameter 'size' has an invalid value 'many': expected a number.");
        assertThat(problem.getProperties().get("errors")).isEqualTo(List.of(new InvalidField("size", "expected a number")));
    }

    @Test
    void an_unsupported_media_type_names_what_was_sent_or_that_nothing_was() {
        assertThat(PlatformProblems.unsupportedMediaType("text/plain", List.of("application/json")).getDetail())
                .isEqualTo("Content-Type 'text/plain' is not supported; send [application/json].");
        assertThat(PlatformProblems.unsupportedMediaType(null, List.of("application/json")).getDetail())
                .startsWith("Content-Type (none) is not supported");
    }

    @Test
    void an_internal_error_says_only_to_retry_and_quote_the_correlation_id() {
        ProblemDetail problem = PlatformProblems.internalError();

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(Problems.codeOf(problem)).isEqualTo("INTERNAL_ERROR");
        assertThat(problem.getDetail()).contains("retry later", "correlationId");
    }

    @Test
    void the_method_not_allowed_problem_lists_what_is_allowed() {
        assertThat(PlatformProblems.methodNotAllowed("PATCH", Set.of("POST")).getDetail())
                .isEqualTo("Method PATCH is not allowed here; allowed: [POST].");
    }
}
