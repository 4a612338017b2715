package org.charter.workflow.policyapproval;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.charter.workflow.committee.Committee.MotionStanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StartablePolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"POLICY_ADOPTION", "PROCEDURE_AMENDMENT"})
    void an_open_policy_before_its_first_round_may_start(String kind) {
        assertThatCode(() -> StartablePolicy.require("m-1", standing(kind, "OPEN", "CONSENSUS_ROUND", 0)))
                .doesNotThrowAnyException();
    }

    @Test
    void an_unknown_motion_is_refused() {
        assertThatThrownBy(() -> StartablePolicy.require("m-1", Optional.empty()))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("code", "MOTION_NOT_FOUND")
                .hasMessageContaining("m-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUDGET_ADOPTION", "BUDGET_AMENDMENT", "FEE_SCHEDULE", "ADMIT_MEMBER", "REMOVAL", "DISSOLUTION"})
    void a_motion_decided_by_a_vote_at_once_is_the_wrong_kind(String kind) {
        assertThatThrownBy(() -> StartablePolicy.require("m-1", standing(kind, "OPEN", "FORMAL_VOTE", 0)))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("code", "WRONG_MOTION_KIND")
                .hasMessageContaining(kind);
    }

    @ParameterizedTest
    @CsvSource({
            "POLLING, AWAIT_POLL, 1",
            "OPEN, REVISION, 1",
            "OPEN, CONSENSUS_ROUND, 1",
            "OPEN, FORMAL_VOTE, 3",
            "ADOPTED, NONE, 1",
            "REJECTED, NONE, 4",
            "LAPSED, NONE, 2",
            "WITHDRAWN, NONE, 0"})
    void a_policy_past_the_start_is_at_the_wrong_step(String status, String nextStep, int polls) {
        assertThatThrownBy(() -> StartablePolicy.require("m-1", standing("POLICY_ADOPTION", status, nextStep, polls)))
                .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("code", "WRONG_STEP")
                .hasMessageContaining(status);
    }

    private static Optional<MotionStanding> standing(String kind, String status, String nextStep, int polls) {
        return Optional.of(new MotionStanding("m-1", kind, status, nextStep, polls));
    }
}
