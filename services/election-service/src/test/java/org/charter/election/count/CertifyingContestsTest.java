package org.charter.election.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.election.election.ElectionFixture.T;
import static org.charter.election.election.ElectionFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.charter.election.ballot.SealedBallot;
import org.charter.election.election.CallingElections;
import org.charter.election.election.CallingElections.ContestRequest;
import org.charter.election.election.ContestStatus;
import org.charter.election.election.Election;
import org.charter.election.election.Election.ContestView;
import org.charter.election.election.Election.Elected;
import org.charter.election.election.ElectionEvent.CertificationRefused;
import org.charter.election.election.ElectionEvent.CertifiedCandidate;
import org.charter.election.election.ElectionEvent.ContestCertified;
import org.charter.election.election.ElectionEvent.RunoffSlated;
import org.charter.election.election.ElectionFixture;
import org.charter.election.election.ElectionId;
import org.charter.election.position.Periods;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.RecordedEvent;
import org.junit.jupiter.api.Test;

/** The two-round runoff (DOMAIN.md §5.4) and certification after the quorum check and a matching re-tally (§5.6). */
class CertifyingContestsTest {

    private static final String CHAIR_ELECT = "EC-FY2028.CHAIR_ELECT";
    private static final ElectionId FY2028 = ElectionId.of("EC-FY2028");

    private final ElectionFixture f = new ElectionFixture();

    @Test
    void a_two_round_first_ballot_without_a_majority_slates_a_five_day_runoff_between_the_top_two_which_elects() {
        CallingElections twoRound = new CallingElections(f.elections, f.positions, Periods.DEFAULTS, "TWO_ROUND", f.clock);
        twoRound.call(2028, null, T, null, List.of(new ContestRequest("CHAIR_ELECT", 1)), List.of(), secretary());
        f.at(T.minus(Duration.ofDays(40)));
        f.standing(FY2028, "CHAIR_ELECT", "ca-k12");
        f.standing(FY2028, "CHAIR_ELECT", "wa-k12");
        f.standing(FY2028, "CHAIR_ELECT", "or-k12");
        f.at(T.minus(Duration.ofDays(10)));
        f.slating.slate(FY2028, secretary());
        f.at(T.plusSeconds(60));
        f.timekeeping.catchUp(FY2028);
        f.vote(CHAIR_ELECT, "CA", "n1", "n3");
        f.vote(CHAIR_ELECT, "WA", "n1");
        f.vote(CHAIR_ELECT, "OR", "n2");
        f.vote(CHAIR_ELECT, "NV", "n2");
        f.vote(CHAIR_ELECT, "ID", "n3", "n1");
        Instant closed = T.plus(Duration.ofDays(7));
        f.at(closed);
        f.timekeeping.catchUp(FY2028);

        List<RecordedEvent> counted = f.counting.count(CHAIR_ELECT, secretary()).events();

        assertThat(counted).hasSize(2);
        RunoffSlated runoff = (RunoffSlated) counted.get(1).data();
        String runoffId = "EC-FY2028.CHAIR_ELECT_RUNOFF";
        assertThat(runoff.contestId()).isEqualTo(runoffId);
        assertThat(runoff.runoffOf()).isEqualTo(CHAIR_ELECT);
        assertThat(runoff.candidates()).extracting(c -> c.id()).containsExactlyInAnyOrder("n1", "n2");
        assertThat(runoff.method()).isEqualTo("irv");
        assertThat(runoff.opensAt()).isEqualTo(closed);
        assertThat(runoff.closesAt()).isEqualTo(closed.plus(Duration.ofDays(5)));
        assertThat(runoff.seedSha256()).hasSize(64);
        refused(Conflict.class, "WRONG_STEP", () -> f.counting.certify(CHAIR_ELECT, secretary()));

        f.at(closed.plusSeconds(60));
        f.timekeeping.catchUp(FY2028);
        refused(RuleViolation.class, "INVALID_RANKING", () -> f.vote(runoffId, "CA", "n3"));
        f.vote(runoffId, "CA", "n1");
        f.vote(runoffId, "WA", "n1");
        f.vote(runoffId, "OR", "n2");
        f.vote(runoffId, "ID", "n1");
        f.at(closed.plus(Duration.ofDays(5)));
        f.timekeeping.catchUp(FY2028);
        ContestView decided = f.counting.count(runoffId, secretary()).state().contestView(runoffId);
        assertThat(decided.counted().result().elected()).containsExactly("ca-k12");

        ContestCertified certified = (ContestCertified) f.counting.certify(runoffId, secretary()).events().get(0).data();

        assertThat(certified.elected()).containsExactly(new CertifiedCandidate("n1", "ca-k12", "CA", "ca-k12"));
        assertThat(certified.electorate()).isEqualTo(5);
        assertThat(certified.turnout()).isEqualTo(4);
        assertThat(certified.quorum()).isEqualTo(3);
        assertThat(certified.certifiedBy()).isEqualTo("sam.secretary");
        assertThat(f.election(FY2028).elected()).containsExactly(new Elected("EC-FY2028", runoffId, "CHAIR_ELECT", "ca-k12",
                "ca-k12", "CA", true));
        refused(Conflict.class, "ALREADY_CERTIFIED", () -> f.counting.certify(runoffId, secretary()));
    }

    @Test
    void a_majority_of_the_electorate_voting_and_a_matching_re_tally_certify_the_contest_once() {
        countedChairElect("CA", "WA", "OR");

        Election election = f.counting.certify(CHAIR_ELECT, secretary()).state();

        assertThat(election.contestView(CHAIR_ELECT).certified().quorum()).isEqualTo(3);
        assertThat(election.contestView(CHAIR_ELECT).status()).isEqualTo(ContestStatus.COUNTED);
        assertThat(election.elected()).extracting(Elected::personId).containsExactly("ca-k12");
        refused(Conflict.class, "ALREADY_CERTIFIED", () -> f.counting.certify(CHAIR_ELECT, secretary()));
    }

    @Test
    void too_few_members_voting_refuses_certification_with_no_quorum_and_records_why() {
        countedChairElect("CA", "WA");

        Conflict refusal = refused(Conflict.class, "NO_QUORUM", () -> f.counting.certify(CHAIR_ELECT, secretary()));

        assertThat(refusal.getMessage()).contains("2 of 5 members voted; the quorum is 3");
        CertificationRefused recorded = lastRefusal();
        assertThat(recorded.reason()).isEqualTo("NO_QUORUM");
        assertThat(recorded.refusedBy()).isEqualTo("sam.secretary");
        assertThat(f.election(FY2028).contestView(CHAIR_ELECT).certified()).isNull();
        assertThat(f.election(FY2028).elected()).isEmpty();
    }

    @Test
    void a_ballot_box_that_no_longer_matches_the_publication_refuses_certification_with_retally_mismatch() {
        countedChairElect("CA", "WA", "OR");
        f.box.put(new SealedBallot(CHAIR_ELECT, List.of("n3"), "f".repeat(64)));

        refused(Conflict.class, "RETALLY_MISMATCH", () -> f.counting.certify(CHAIR_ELECT, secretary()));

        CertificationRefused recorded = lastRefusal();
        assertThat(recorded.reason()).isEqualTo("RETALLY_MISMATCH");
        assertThat(recorded.detail()).contains("Merkle root", "valid ballots");
        assertThat(f.election(FY2028).contestView(CHAIR_ELECT).certified()).isNull();
    }

    @Test
    void a_contest_not_yet_counted_is_not_certified() {
        f.openChairElect();

        refused(Conflict.class, "WRONG_STEP", () -> f.counting.certify(CHAIR_ELECT, secretary()));
    }

    /** The CHAIR_ELECT contest (n1 ca-k12, n2 wa-k12, n3 or-k12) closed and counted, these members having voted for n1. */
    private void countedChairElect(String... voters) {
        f.openChairElect();
        for (String member : voters) {
            f.vote(CHAIR_ELECT, member, "n1");
        }
        f.at(T.plus(Duration.ofDays(7)));
        f.timekeeping.catchUp(FY2028);
        f.counting.count(CHAIR_ELECT, secretary());
    }

    private CertificationRefused lastRefusal() {
        List<RecordedEvent> history = f.elections.history(FY2028);
        return (CertificationRefused) history.get(history.size() - 1).data();
    }
}
