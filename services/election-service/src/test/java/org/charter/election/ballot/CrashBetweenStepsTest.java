package org.charter.election.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.election.election.ElectionFixture.delegateOf;
import static org.charter.platform.test.Refusals.refused;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.charter.election.election.ElectionFixture;
import org.charter.platform.error.Conflict;
import org.junit.jupiter.api.Test;

/**
 * The service fails between each two steps of a cast (ADR 0017): the client's retry with the
 * same Idempotency-Key gets its receipt and the box holds its ballot exactly once; another
 * ballot for the member stays impossible.
 */
class CrashBetweenStepsTest {

    private static final String CONTEST = "EC-FY2028.CHAIR_ELECT";
    private static final String KEY = "5d0c7a52-8f3e-4b61-9a27-c4e8d1f03b96";
    private final ElectionFixture f = new ElectionFixture();

    {
        f.openChairElect();
    }

    @Test
    void a_crash_after_sealing_the_answer_before_the_register() {
        f.crashing.failBeforeNextVoterAppend = true;
        crashes();
        assertThat(f.voters.exists(new VoterId(CONTEST, "CA"))).isFalse();
        assertThat(f.box.contents(CONTEST)).isEmpty();

        retriedOnceCounted();
    }

    @Test
    void a_crash_after_the_register_before_the_box() {
        f.crashing.failAfterNextVoterAppend = true;
        crashes();
        assertThat(f.voters.exists(new VoterId(CONTEST, "CA"))).isTrue();
        assertThat(f.box.contents(CONTEST)).isEmpty();

        retriedOnceCounted();
    }

    @Test
    void a_crash_after_the_box_before_the_answer_is_marked_done() {
        f.answers.failNextReplace = true;
        crashes();
        assertThat(f.box.contents(CONTEST)).hasSize(1);

        retriedOnceCounted();
    }

    @Test
    void a_box_failure_is_finished_by_the_retry() {
        f.box.failNext = true;
        crashes();
        retriedOnceCounted();
    }

    @Test
    void while_a_crashed_ballot_waits_for_its_retry_the_alternate_cannot_vote_and_the_retry_still_counts() {
        f.crashing.failAfterNextVoterAppend = true;
        crashes();
        refused(Conflict.class, "ALREADY_VOTED", () -> f.casting.cast(CONTEST, List.of("n3"),
                "0e1d2c3b-4a59-4867-9564-738291a0b1c2",
                new org.charter.platform.event.CommandContext(new org.charter.platform.event.Actor("ca-alt", "delegate", "CA"),
                        "t", null)));

        retriedOnceCounted();
    }

    @Test
    void a_crash_before_the_register_lets_the_alternate_vote_and_the_retry_is_then_refused() {
        f.crashing.failBeforeNextVoterAppend = true;
        crashes();
        f.casting.cast(CONTEST, List.of("n3"), "0e1d2c3b-4a59-4867-9564-738291a0b1c2",
                new org.charter.platform.event.CommandContext(new org.charter.platform.event.Actor("ca-alt", "delegate", "CA"),
                        "t", null));

        refused(Conflict.class, "ALREADY_VOTED", this::cast);
        assertThat(f.box.contents(CONTEST)).extracting(SealedBallot::ranking).containsExactly(List.of("n3"));
    }

    private CastingBallots.Receipt cast() {
        return f.casting.cast(CONTEST, List.of("n2", "n1"), KEY, delegateOf("CA"));
    }

    private void crashes() {
        Assertions.assertThatThrownBy(this::cast).isInstanceOf(IllegalStateException.class).hasMessageContaining("crash");
    }

    private void retriedOnceCounted() {
        CastingBallots.Receipt receipt = cast();
        assertThat(f.box.contents(CONTEST)).containsExactly(new SealedBallot(CONTEST, List.of("n2", "n1"), receipt.receipt()));
        assertThat(cast().receipt()).isEqualTo(receipt.receipt());
        assertThat(f.voters.history(new VoterId(CONTEST, "CA"))).hasSize(1);
        refused(Conflict.class, "ALREADY_VOTED", () -> f.vote(CONTEST, "CA", "n3"));
        assertThat(f.box.contents(CONTEST)).hasSize(1);
    }
}
