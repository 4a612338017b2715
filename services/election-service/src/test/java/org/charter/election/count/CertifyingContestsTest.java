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
import org.charter.election.election.ElectionEvent.CertificationLapsed;
import org.charter.election.election.ElectionEvent.CertificationRefused;
import org.charter.election.election.ElectionEvent.ContestRecounted;
import org.charter.election.election.ElectionEvent.ResultCorrected;
import org.charter.membershiproll.member.RepresentativeRole;
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

    @Test
    void a_winner_no_longer_eligible_at_certification_is_struck_and_the_stored_ballots_recounted_without_them() {
        f.openChairElect();
        f.vote(CHAIR_ELECT, "CA", "n1", "n3");
        f.vote(CHAIR_ELECT, "WA", "n1", "n2");
        f.vote(CHAIR_ELECT, "OR", "n1", "n3");
        f.vote(CHAIR_ELECT, "NV", "n2");
        f.vote(CHAIR_ELECT, "ID", "n3");
        f.at(T.plus(Duration.ofDays(7)));
        f.timekeeping.catchUp(FY2028);
        assertThat(f.counting.count(CHAIR_ELECT, secretary()).state().contestView(CHAIR_ELECT).counted().result().elected())
                .containsExactly("ca-k12");
        Instant replaced = T.plus(Duration.ofDays(8));
        f.roll.add("CA").representative(RepresentativeRole.K12_LEAD, "ca-k12b", replaced);
        f.at(replaced.plusSeconds(60));

        List<RecordedEvent> events = f.counting.certify(CHAIR_ELECT, secretary()).events();

        ContestRecounted recounted = (ContestRecounted) events.get(0).data();
        assertThat(recounted.struck()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("n1");
            assertThat(s.personId()).isEqualTo("ca-k12");
            assertThat(s.reason()).contains("ca-k12 is no longer in any role for CA", "CHAIR_ELECT needs one of");
        });
        assertThat(recounted.result().withdrawn()).containsExactly("ca-k12");
        assertThat(recounted.result().elected()).as("n1's three papers go to n3 twice and n2 once").containsExactly("or-k12");
        ContestCertified certified = (ContestCertified) events.get(1).data();
        assertThat(certified.elected()).extracting(CertifiedCandidate::personId).containsExactly("or-k12");
        ContestView view = f.election(FY2028).contestView(CHAIR_ELECT);
        assertThat(view.withdrawn()).containsExactly("n1");
        assertThat(view.counted().result().elected()).as("the publication now carries the recount").containsExactly("or-k12");
        assertThat(view.counted().ballots()).hasSize(5);
        assertThat(f.election(FY2028).elected()).extracting(Elected::personId).containsExactly("or-k12");
    }

    @Test
    void every_candidate_still_eligible_certifies_the_published_count_without_a_recount() {
        countedChairElect("CA", "WA", "OR");
        f.roll.add("WA").representative(RepresentativeRole.K12_LEAD, "wa-k12b", T.plus(Duration.ofDays(8)));
        f.at(T.plus(Duration.ofDays(7)).plusSeconds(60));

        List<RecordedEvent> events = f.counting.certify(CHAIR_ELECT, secretary()).events();

        assertThat(events).extracting(e -> e.data().getClass().getSimpleName()).containsExactly("ContestCertified");
    }

    @Test
    void a_contest_not_certified_within_five_days_of_its_close_lapses_by_the_clock_and_elects_no_one() {
        countedChairElect("CA", "WA");
        refused(Conflict.class, "NO_QUORUM", () -> f.counting.certify(CHAIR_ELECT, secretary()));
        Instant closedAt = f.election(FY2028).contestView(CHAIR_ELECT).closedAt();
        f.at(closedAt.plus(Duration.ofDays(5)).minusSeconds(1));
        assertThat(f.timekeeping.catchUp(FY2028).dueLapses(f.clock.instant())).isEmpty();
        assertThat(f.election(FY2028).contestView(CHAIR_ELECT).lapsed()).isNull();

        f.at(closedAt.plus(Duration.ofDays(5)).plusSeconds(30));
        Election election = f.timekeeping.catchUp(FY2028);

        CertificationLapsed lapsed = election.contestView(CHAIR_ELECT).lapsed();
        assertThat(lapsed.deadline()).isEqualTo(closedAt.plus(Duration.ofDays(5)));
        assertThat(lapsed.closedAt()).isEqualTo(closedAt);
        assertThat(lapsed.lastRefusal()).isEqualTo("NO_QUORUM");
        assertThat(election.contestView(CHAIR_ELECT).status()).as("the count stands as published").isEqualTo(ContestStatus.COUNTED);
        assertThat(election.elected()).isEmpty();
        long version = election.version();
        assertThat(f.timekeeping.catchUp(FY2028).version()).as("once").isEqualTo(version);
        refused(Conflict.class, "CERTIFICATION_DEADLINE_PASSED", () -> f.counting.certify(CHAIR_ELECT, secretary()));
    }

    @Test
    void the_certification_deadline_is_the_close_plus_the_period_the_election_was_called_with() {
        f.periods = Periods.DEFAULTS.withCertification(Duration.ofHours(6));
        countedChairElect("CA", "WA", "OR");
        Instant closedAt = f.election(FY2028).contestView(CHAIR_ELECT).closedAt();
        f.at(closedAt.plus(Duration.ofHours(6)).minusSeconds(1));
        assertThat(f.timekeeping.catchUp(FY2028).contestView(CHAIR_ELECT).lapsed()).isNull();

        f.at(closedAt.plus(Duration.ofHours(6)));
        CertificationLapsed lapsed = f.timekeeping.catchUp(FY2028).contestView(CHAIR_ELECT).lapsed();

        assertThat(lapsed.deadline()).isEqualTo(closedAt.plus(Duration.ofHours(6)));
        refused(Conflict.class, "CERTIFICATION_DEADLINE_PASSED", () -> f.counting.certify(CHAIR_ELECT, secretary()));
    }

    @Test
    void certification_at_the_deadline_is_refused_even_before_the_clock_records_the_lapse() {
        countedChairElect("CA", "WA", "OR");
        f.at(f.election(FY2028).contestView(CHAIR_ELECT).closedAt().plus(Duration.ofDays(5)));

        Election before = f.election(FY2028);
        refused(Conflict.class, "CERTIFICATION_DEADLINE_PASSED",
                () -> f.elections.change(FY2028, secretary(), e -> e.certify(CHAIR_ELECT, null, "sam.secretary", f.clock.instant())));
        assertThat(f.election(FY2028).version()).isEqualTo(before.version());
    }

    @Test
    void a_certified_result_is_corrected_by_a_new_event_citing_the_failed_re_tally_never_in_place() {
        countedChairElect("CA", "WA", "OR");
        f.counting.certify(CHAIR_ELECT, secretary());
        refused(Conflict.class, "RETALLY_MATCHES", () -> f.counting.correct(CHAIR_ELECT, "a recount was asked", secretary()));
        // two accepted ballots found in the box that the count had missed
        f.box.put(new SealedBallot(CHAIR_ELECT, List.of("n2"), "e".repeat(64)));
        f.box.put(new SealedBallot(CHAIR_ELECT, List.of("n2"), "f".repeat(64)));
        f.box.put(new SealedBallot(CHAIR_ELECT, List.of("n2"), "d".repeat(64)));
        f.box.put(new SealedBallot(CHAIR_ELECT, List.of("n2"), "c".repeat(64)));
        refused(RuleViolation.class, "REASON_REQUIRED", () -> f.counting.correct(CHAIR_ELECT, " ", secretary()));
        int before = f.elections.history(FY2028).size();

        ResultCorrected corrected = (ResultCorrected) f.counting.correct(CHAIR_ELECT, "ballots found after the count",
                secretary()).events().get(0).data();

        assertThat(corrected.reason()).isEqualTo("ballots found after the count");
        assertThat(corrected.failedRetally()).contains("Merkle root", "the re-tally elects [wa-k12]");
        assertThat(corrected.previouslyElected()).extracting(CertifiedCandidate::personId).containsExactly("ca-k12");
        assertThat(corrected.elected()).extracting(CertifiedCandidate::personId).containsExactly("wa-k12");
        assertThat(corrected.ballots()).hasSize(7);
        assertThat(corrected.correctedBy()).isEqualTo("sam.secretary");
        List<RecordedEvent> history = f.elections.history(FY2028);
        assertThat(history).hasSize(before + 1);
        assertThat(history).extracting(e -> e.data().getClass().getSimpleName()).contains("ContestCounted", "ContestCertified");
        ContestView view = f.election(FY2028).contestView(CHAIR_ELECT);
        assertThat(view.certified().elected()).as("the certification is history, unchanged")
                .extracting(CertifiedCandidate::personId).containsExactly("ca-k12");
        assertThat(view.counted().merkleRoot()).isEqualTo(corrected.merkleRoot());
        assertThat(f.election(FY2028).elected()).extracting(Elected::personId).containsExactly("wa-k12");
        refused(Conflict.class, "RETALLY_MATCHES", () -> f.counting.correct(CHAIR_ELECT, "again", secretary()));
    }

    @Test
    void only_a_certified_result_is_corrected() {
        countedChairElect("CA", "WA", "OR");

        refused(Conflict.class, "WRONG_STEP", () -> f.counting.correct(CHAIR_ELECT, "too early", secretary()));
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
