package org.charter.election.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.election.election.ElectionFixture.T;
import static org.charter.election.election.ElectionFixture.delegateOf;
import static org.charter.platform.test.Refusals.refused;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.charter.election.election.ElectionFixture;
import org.charter.election.election.ElectionId;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.InvalidRequest;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.RecordedEvent;
import org.charter.voting.receipt.Receipts;
import org.junit.jupiter.api.Test;

/** Secret ballots (DOMAIN.md §5.3, ADR 0017): one per member, a receipt only the voter gets, nothing that links them. */
class CastingBallotsTest {

    private static final String CONTEST = "EC-FY2028.CHAIR_ELECT";
    private final ElectionFixture f = new ElectionFixture();
    private final ElectionId election = f.openChairElect();

    @Test
    void a_ballot_goes_into_the_box_with_its_receipt_and_the_register_says_only_that_the_member_voted() {
        CastingBallots.Receipt receipt = f.vote(CONTEST, "CA", "n2", "n1");

        assertThat(receipt.receipt()).isEqualTo(Receipts.receipt(CONTEST, List.of("n2", "n1"), receipt.nonce()));
        assertThat(receipt.nonce()).hasSize(64);
        assertThat(f.box.contents(CONTEST)).containsExactly(new SealedBallot(CONTEST, List.of("n2", "n1"), receipt.receipt()));
        List<RecordedEvent> register = f.voters.history(new VoterId(CONTEST, "CA"));
        assertThat(register).hasSize(1);
        assertThat(register.get(0).data()).isInstanceOf(VoterEvent.MemberVoted.class);
        String everything = f.store.load("voter:" + CONTEST + ":CA").toString() + f.elections.history(election);
        assertThat(everything).doesNotContain(receipt.receipt(), receipt.nonce(), "n2,n1", "[n2, n1]");
    }

    @Test
    void the_stored_answer_is_sealed_under_the_clients_key_and_filed_under_a_hash() {
        String key = "b7c5a3f0-1111-4222-8333-944455556666";
        CastingBallots.Receipt receipt = f.casting.cast(CONTEST, List.of("n3"), key, delegateOf("WA"));

        String slot = BallotSeal.slot("wa-del", key);
        assertThat(f.answers.slots).containsOnlyKeys(slot);
        String stored = new String(f.answers.slots.get(slot), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("wa-del", "WA", "n3", receipt.receipt(), receipt.nonce());
        assertThat(HexFormat.of().formatHex(f.answers.slots.get(slot))).doesNotContain(receipt.receipt());
        assertThat(new BallotSeal(new java.security.SecureRandom()).open(f.answers.slots.get(slot), "wa-del", key).receipt())
                .isEqualTo(receipt.receipt());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BallotSeal(new java.security.SecureRandom())
                .open(f.answers.slots.get(slot), "wa-del", key + "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_retry_with_the_same_key_gets_the_same_receipt_and_casts_nothing_more() {
        String key = "0f1e2d3c-4b5a-4968-8776-655443322110";
        CastingBallots.Receipt first = f.casting.cast(CONTEST, List.of("n1"), key, delegateOf("OR"));
        CastingBallots.Receipt again = f.casting.cast(CONTEST, List.of("n1"), key, delegateOf("OR"));

        assertThat(again.receipt()).isEqualTo(first.receipt());
        assertThat(again.nonce()).isEqualTo(first.nonce());
        assertThat(again.repeated()).isTrue();
        assertThat(f.box.contents(CONTEST)).hasSize(1);
        refused(RuleViolation.class, "IDEMPOTENCY_KEY_REUSED",
                () -> f.casting.cast(CONTEST, List.of("n2"), key, delegateOf("OR")));
    }

    /**
     * A member's first request crashed after the register (its sealed answer filed, not done); two replicas
     * of the service (two casting services, no lock shared; the stores shared as the database is) then get
     * its retry at the same moment, and both go on from the sealed answer to the box. For each of 40
     * members: both answer the same receipt, the box holds the ballot once, the register one entry (ADR 0067).
     */
    @Test
    void a_retry_sent_to_two_replicas_at_once_is_boxed_once_and_both_answer_its_receipt() throws Exception {
        ElectionFixture g = new ElectionFixture();
        List<String> members = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String m = "R" + i;
            g.roll.add(m).governing(T.minus(Duration.ofDays(400))).delegate(m.toLowerCase() + "-del", T.minus(Duration.ofDays(400)));
            members.add(m);
        }
        g.openChairElect();
        List<CastingBallots> replicas = List.of(g.casting, g.casting());
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (String m : members) {
                String key = "retry-of-" + m + "-5d0c7a52-8f3e-4b61";
                List<String> ranking = List.of("n" + (1 + members.indexOf(m) % 3));
                g.crashing.failAfterNextVoterAppend = true;
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> g.casting.cast(CONTEST, ranking, key, delegateOf(m)))
                        .hasMessageContaining("crash");
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<CastingBallots.Receipt>> answers = new java.util.ArrayList<>();
                for (CastingBallots replica : replicas) {
                    answers.add(threads.submit(() -> {
                        together.await();
                        return replica.cast(CONTEST, ranking, key, delegateOf(m));
                    }));
                }
                String first = answers.get(0).get(60, java.util.concurrent.TimeUnit.SECONDS).receipt();
                assertThat(answers.get(1).get(60, java.util.concurrent.TimeUnit.SECONDS).receipt()).isEqualTo(first);
                assertThat(g.box.contents(CONTEST)).filteredOn(b -> b.receipt().equals(first)).as("%s's ballot", m).hasSize(1);
                assertThat(g.voters.history(new VoterId(CONTEST, m))).hasSize(1);
            }
            assertThat(g.box.contents(CONTEST)).hasSize(members.size());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_second_ballot_for_a_member_is_refused_and_changes_nothing() {
        f.vote(CONTEST, "CA", "n1");
        refused(Conflict.class, "ALREADY_VOTED", () -> f.vote(CONTEST, "CA", "n2"));
        CommandContext alternate = new CommandContext(new Actor("ca-alt", "delegate", "CA"), "t", null);
        refused(Conflict.class, "ALREADY_VOTED",
                () -> f.casting.cast(CONTEST, List.of("n3"), "a1b2c3d4-e5f6-4789-8abc-def012345678", alternate));

        assertThat(f.box.contents(CONTEST)).hasSize(1);
        assertThat(f.voters.history(new VoterId(CONTEST, "CA"))).hasSize(1);
    }

    @Test
    void an_alternate_votes_when_the_delegate_has_not() {
        CommandContext alternate = new CommandContext(new Actor("nv-alt", "delegate", "NV"), "t", null);
        f.casting.cast(CONTEST, List.of("n3", "n1"), "a1b2c3d4-e5f6-4789-8abc-def012345678", alternate);
        refused(Conflict.class, "ALREADY_VOTED", () -> f.vote(CONTEST, "NV", "n2"));
    }

    @Test
    void bad_rankings_are_refused_naming_the_entry_and_change_nothing() {
        f.nominating.withdraw(election, "n3", ElectionFixture.person("or-k12"));

        assertThat(refused(RuleViolation.class, "INVALID_RANKING", () -> f.vote(CONTEST, "CA", "n1", "n1")).getMessage())
                .startsWith("ranking[1]");
        refused(RuleViolation.class, "INVALID_RANKING", () -> f.casting.cast(CONTEST, java.util.Arrays.asList("n1", null, "n2"),
                "a1b2c3d4-e5f6-4789-8abc-def012345678", delegateOf("CA")));
        refused(RuleViolation.class, "INVALID_RANKING", () -> f.vote(CONTEST, "CA", "n7"));
        refused(RuleViolation.class, "INVALID_RANKING", () -> f.vote(CONTEST, "CA", "n3"));

        assertThat(f.box.contents(CONTEST)).isEmpty();
        assertThat(f.voters.exists(new VoterId(CONTEST, "CA"))).isFalse();
        f.vote(CONTEST, "CA");
        assertThat(f.box.contents(CONTEST)).extracting(SealedBallot::ranking).containsExactly(List.of());
    }

    @Test
    void who_may_cast_a_members_ballot() {
        refused(Forbidden.class, "NOT_MEMBER_DELEGATE", () -> f.casting.cast(CONTEST, List.of("n1"),
                "a1b2c3d4-e5f6-4789-8abc-def012345678", new CommandContext(new Actor("wa-del", "delegate", "CA"), "t", null)));
        refused(Forbidden.class, "NOT_MEMBER_DELEGATE", () -> f.casting.cast(CONTEST, List.of("n1"),
                "a1b2c3d4-e5f6-4789-8abc-def012345678", new CommandContext(new Actor("ca-del", "delegate", null), "t", null)));
        refused(Forbidden.class, "NOT_ELIGIBLE", () -> f.casting.cast(CONTEST, List.of("n1"),
                "a1b2c3d4-e5f6-4789-8abc-def012345678", new CommandContext(new Actor("af-del", "delegate", "AF"), "t", null)));
        f.roll.add("ID").suspended(T.plusSeconds(90), T.plusSeconds(90));
        f.at(T.plusSeconds(120));
        refused(Forbidden.class, "MEMBER_NOT_IN_GOOD_STANDING", () -> f.vote(CONTEST, "ID", "n1"));
        assertThat(f.box.contents(CONTEST)).isEmpty();
    }

    @Test
    void the_key_is_required_and_long_enough_to_keep_the_answer_sealed() {
        refused(InvalidRequest.class, "IDEMPOTENCY_KEY_REQUIRED",
                () -> f.casting.cast(CONTEST, List.of("n1"), null, delegateOf("CA")));
        refused(InvalidRequest.class, "IDEMPOTENCY_KEY_INVALID",
                () -> f.casting.cast(CONTEST, List.of("n1"), "short", delegateOf("CA")));
    }

    @Test
    void no_ballot_before_opening_or_after_close() {
        f.at(T.plus(Duration.ofDays(7)));
        refused(Conflict.class, "POLL_CLOSED", () -> f.vote(CONTEST, "CA", "n1"));
        ElectionFixture other = new ElectionFixture();
        ElectionId id = other.call(List.of(new org.charter.election.election.CallingElections.ContestRequest("CHAIR_ELECT", 1)),
                List.of());
        other.at(T.minus(Duration.ofDays(40)));
        other.standing(id, "CHAIR_ELECT", "ca-k12");
        other.standing(id, "CHAIR_ELECT", "wa-k12");
        other.at(T.minus(Duration.ofDays(10)));
        other.slating.slate(id, ElectionFixture.secretary());
        refused(Conflict.class, "POLL_NOT_OPEN", () -> other.vote(CONTEST, "CA", "n1"));
    }
}
