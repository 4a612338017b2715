package org.charter.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.charter.platform.error.CharterException;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.InvalidRequest;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class DomainRefusalsTest {

    @Test
    void each_kind_of_refusal_answers_its_status_with_the_services_code_and_detail() {
        ProblemDetail notFound = DomainRefusals.problemOf(new NotFound("MEMBER_NOT_FOUND", "no member with id XX"));

        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(Problems.codeOf(notFound)).isEqualTo("MEMBER_NOT_FOUND");
        assertThat(notFound.getTitle()).isEqualTo("Member not found");
        assertThat(notFound.getDetail()).isEqualTo("no member with id XX");
        assertThat(status(new Conflict("ALREADY_DELEGATE", "x"))).isEqualTo(409);
        assertThat(status(new Forbidden("NOT_MEMBER_DELEGATE", "x"))).isEqualTo(403);
        assertThat(status(new InvalidRequest("BAD_HEADER", "x"))).isEqualTo(400);
        assertThat(status(new RuleViolation("QUORUM_NOT_REACHED", "x"))).isEqualTo(422);
    }

    @Test
    void a_refusal_of_a_services_own_kind_is_a_rule_violation() {
        assertThat(status(new CharterException("ODD_REFUSAL", "x") { })).isEqualTo(422);
    }

    @Test
    void a_conflict_tells_the_current_version_when_it_is_known() {
        assertThat(DomainRefusals.problemOf(new Conflict("THING_CHANGED", "x", 7)).getProperties())
                .containsEntry("currentVersion", 7L);
        assertThat(DomainRefusals.problemOf(new Conflict("THING_CHANGED", "x")).getProperties())
                .doesNotContainKey("currentVersion");
    }

    @Test
    void a_refusal_carries_its_own_members_into_the_problem() {
        ProblemDetail unbalanced = DomainRefusals.problemOf(new RuleViolation("BUDGET_NOT_BALANCED", "x",
                java.util.Map.of("gapCents", -10L)));

        assertThat(unbalanced.getStatus()).isEqualTo(422);
        assertThat(unbalanced.getProperties()).containsEntry("gapCents", -10L).containsEntry("code", "BUDGET_NOT_BALANCED");
    }

    private static int status(CharterException refusal) {
        return DomainRefusals.problemOf(refusal).getStatus();
    }
}
