package org.charter.election.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.election.election.ElectionFixture.T;
import static org.charter.election.election.ElectionFixture.delegateOf;
import static org.charter.election.election.ElectionFixture.person;
import static org.charter.election.election.ElectionFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.charter.election.election.CallingElections.ContestRequest;
import org.charter.election.election.Election.ContestView;
import org.charter.election.election.ElectionEvent.SlateCandidate;
import org.charter.election.position.Periods;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.NotFound;
import org.charter.conventions.InvalidField;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.RecordedEvent;
import org.junit.jupiter.api.Test;

/** The cycle of DOMAIN.md §5.1–5.2, step by step, with each refusal. */
class ElectionCycleTest {

    private final ElectionFixture f = new ElectionFixture();

    // ------------------------------------------------------------------ calling

    @Test
    void the_years_election_has_the_positions_of_its_fiscal_year_and_the_default_calendar() {
        ElectionId id = f.callDefault();
        Election e = f.election(id);

        assertThat(id.value()).isEqualTo("EC-FY2028");
        assertThat(e.contests()).extracting(ContestView::id).containsExactly("EC-FY2028.CHAIR_ELECT", "EC-FY2028.AT_LARGE_K12",
                "EC-FY2028.HIGHER_EDUCATION");
        assertThat(e.contests()).extracting(ContestView::seats).containsExactly(1, 1, 1);
        assertThat(e.contests()).extracting(ContestView::method).containsOnly("irv");
        assertThat(e.calendar().nominationsOpenAt()).isEqualTo(T.minus(Duration.ofDays(45)));
        assertThat(e.calendar().nominationsCloseAt()).isEqualTo(T.minus(Duration.ofDays(21)));
        assertThat(e.calendar().acceptanceBy()).isEqualTo(T.minus(Duration.ofDays(14)));
        assertThat(e.calendar().slateAt()).isEqualTo(T.minus(Duration.ofDays(10)));
        assertThat(e.calendar().ballotClosesAt()).isEqualTo(T.plus(Duration.ofDays(7)));
        assertThat(e.calendar().certification()).as("DOMAIN.md §5.1's five days").isEqualTo(Duration.ofDays(5));
        assertThat(e.termStartsAt()).isEqualTo(java.time.Instant.parse("2027-07-01T07:00:00Z"));
    }

    @Test
    void periods_are_overridable_so_a_cycle_runs_in_minutes() {
        Periods minutes = Periods.DEFAULTS.with(Duration.ofMinutes(10), Duration.ofMinutes(6), Duration.ofMinutes(4),
                Duration.ofMinutes(2), Duration.ofMinutes(3), Duration.ofMinutes(1));
        Election e = f.calling.call(2028, "S1", T, minutes, List.of(), List.of(), secretary()).state();

        assertThat(e.id().value()).isEqualTo("EC-FY2028-S1");
        assertThat(e.calendar().nominationsOpenAt()).isEqualTo(T.minus(Duration.ofMinutes(10)));
        assertThat(e.calendar().ballotClosesAt()).isEqualTo(T.plus(Duration.ofMinutes(3)));
    }

    @Test
    void the_certification_period_is_given_when_the_election_is_called_and_must_be_positive() {
        Election e = f.calling.call(2028, "S1", T, Periods.DEFAULTS.withCertification(Duration.ofHours(2)), List.of(),
                List.of(), secretary()).state();
        assertThat(e.calendar().certification()).isEqualTo(Duration.ofHours(2));
        assertThat(Periods.DEFAULTS.with(Duration.ofDays(40), null, null, null, null, null).certification())
                .as("overriding other periods keeps it").isEqualTo(Duration.ofDays(5));

        refused(RuleViolation.class, "INVALID_PERIODS", () -> f.calling.call(2028, "S2", T,
                Periods.DEFAULTS.withCertification(Duration.ZERO), List.of(), List.of(), secretary()));
    }

    @Test
    void an_election_called_as_v1_without_a_certification_period_reads_as_v2_with_five_days() {
        ElectionCalendar v1Calendar = new ElectionCalendar(T.minus(Duration.ofDays(45)), T.minus(Duration.ofDays(21)),
                T.minus(Duration.ofDays(14)), T.minus(Duration.ofDays(10)), T, T.plus(Duration.ofDays(7)), Duration.ofDays(14),
                null);

        Election e = Election.replay(List.of(new ElectionEvent.ElectionCalledV1("EC-FY2028", 2028,
                java.time.Instant.parse("2027-07-01T07:00:00Z"), v1Calendar,
                List.of(new ElectionEvent.ContestCall("EC-FY2028.CHAIR_ELECT", "CHAIR_ELECT", 1, "irv")), List.of(), 1,
                T.minus(Duration.ofDays(50)))));

        assertThat(e.calendar().certification()).isEqualTo(Duration.ofDays(5));
        assertThat(e.calendar().reopening()).isEqualTo(Duration.ofDays(14));
        assertThat(e.version()).as("one event, one version").isEqualTo(1);
    }

    @Test
    void a_regular_elections_ballot_closes_by_may_31_a_special_elections_need_not() {
        // FY2028's term starts on July 1, 2027 (07:00Z): May 31 ends at June 1, 07:00Z in the consortium's zone
        java.time.Instant lastMinute = java.time.Instant.parse("2027-06-01T07:00:00Z");
        Periods week = Periods.DEFAULTS;

        ElectionId onTheLastDay = f.calling.call(2028, null, lastMinute.minus(Duration.ofDays(7)), week, List.of(), List.of(),
                secretary()).state().id();
        assertThat(f.election(onTheLastDay).calendar().ballotClosesAt()).isEqualTo(lastMinute);

        RuleViolation june = refused(RuleViolation.class, "INVALID_PERIODS", () -> f.calling.call(2029, null,
                java.time.Instant.parse("2028-05-28T16:00:00Z"), week, List.of(), List.of(), secretary()));
        assertThat(june.getMessage()).contains("2028-06-04T16:00:00Z", "after May 31 (2028-06-01T07:00:00Z)");

        Election special = f.calling.call(2028, "S1", java.time.Instant.parse("2027-06-10T16:00:00Z"), week, List.of(),
                List.of(), secretary()).state();
        assertThat(special.calendar().ballotClosesAt()).as("a special election fills a seat whenever it falls vacant")
                .isEqualTo(java.time.Instant.parse("2027-06-17T16:00:00Z"));
    }

    @Test
    void periods_out_of_order_are_refused() {
        Periods backwards = Periods.DEFAULTS.with(Duration.ofDays(10), Duration.ofDays(20), null, null, null, null);
        refused(RuleViolation.class, "INVALID_PERIODS",
                () -> f.calling.call(2028, null, T, backwards, List.of(), List.of(), secretary()));
    }

    @Test
    void a_call_may_list_its_contests_but_never_a_position_filled_by_succession() {
        ElectionId id = f.call(List.of(new ContestRequest("AT_LARGE_K12", 2), new ContestRequest("CHAIR_ELECT", 1)), List.of());
        assertThat(f.election(id).contests()).extracting(ContestView::method).containsExactly("stv", "irv");

        refused(RuleViolation.class, "NOT_ELECTED_POSITION",
                () -> f.calling.call(2029, null, T.plus(Duration.ofDays(365)), null, List.of(new ContestRequest("CHAIR", 1)),
                        List.of(), secretary()));
        refused(RuleViolation.class, "INVALID_SEATS",
                () -> f.calling.call(2029, null, T.plus(Duration.ofDays(365)), null,
                        List.of(new ContestRequest("AT_LARGE_K12", 3)), List.of(), secretary()));
        refused(RuleViolation.class, "UNKNOWN_POSITION",
                () -> f.calling.call(2029, null, T.plus(Duration.ofDays(365)), null, List.of(new ContestRequest("TREASURER", 1)),
                        List.of(), secretary()));
    }

    @Test
    void an_election_is_called_once() {
        f.callDefault();
        refused(Conflict.class, "ELECTION_ALREADY_EXISTS", f::callDefault);
    }

    // ------------------------------------------------------------------ nominations

    @Test
    void a_governing_member_nominates_an_eligible_person_and_the_nominee_accepts() {
        ElectionId id = f.callDefault();
        f.at(T.minus(Duration.ofDays(40)));

        Election e = f.nominating.nominate(id, "CHAIR_ELECT", "wa-k12", "Wren Ames", delegateOf("CA")).state();
        Election.Nomination n = e.nominations().get(0);
        assertThat(n).isEqualTo(new Election.Nomination("n1", "EC-FY2028.CHAIR_ELECT", "wa-k12", "Wren Ames", "WA", "CA",
                NominationStatus.NOMINATED));

        e = f.nominating.accept(id, "n1", person("wa-k12")).state();
        assertThat(e.nomination("n1").status()).isEqualTo(NominationStatus.ACCEPTED);
    }

    @Test
    void self_nomination_is_allowed_and_an_alternate_stands_for_at_large() {
        ElectionId id = f.callDefault();
        f.at(T.minus(Duration.ofDays(40)));

        f.nominating.nominate(id, "CHAIR_ELECT", "ca-del", null, delegateOf("CA"));
        f.nominating.nominate(id, "AT_LARGE_K12", "or-alt", null, delegateOf("CA"));
        f.nominating.nominate(id, "HIGHER_EDUCATION", "nv-he", null, delegateOf("WA"));

        assertThat(f.election(id).nominations()).extracting(Election.Nomination::nomineeMember).containsExactly("CA", "OR", "NV");
    }

    @Test
    void an_ineligible_nominee_is_refused_with_the_reason() {
        ElectionId id = f.callDefault();
        f.at(T.minus(Duration.ofDays(40)));

        RuleViolation alternate = refused(RuleViolation.class, "NOMINEE_NOT_ELIGIBLE",
                () -> f.nominating.nominate(id, "CHAIR_ELECT", "wa-alt", null, delegateOf("CA")));
        assertThat(alternate.getMessage()).contains("wa-alt is [ALTERNATE] for WA", "CHAIR_ELECT needs one of");
        RuleViolation careers = refused(RuleViolation.class, "NOMINEE_NOT_ELIGIBLE",
                () -> f.nominating.nominate(id, "HIGHER_EDUCATION", "wa-cte", null, delegateOf("CA")));
        assertThat(careers.getMessage()).contains("[POSTSECONDARY_CAREERS_REP]", "[HIGHER_EDUCATION_LEAD]");
        RuleViolation stranger = refused(RuleViolation.class, "NOMINEE_NOT_ELIGIBLE",
                () -> f.nominating.nominate(id, "AT_LARGE_K12", "someone", null, delegateOf("CA")));
        assertThat(stranger.getMessage()).contains("represents no member");
        RuleViolation affiliate = refused(RuleViolation.class, "NOMINEE_NOT_ELIGIBLE",
                () -> f.nominating.nominate(id, "AT_LARGE_K12", "af-k12", null, delegateOf("CA")));
        assertThat(affiliate.getMessage()).contains("AF, which is not an active Governing member");
        assertThat(f.election(id).nominations()).isEmpty();
    }

    @Test
    void a_suspended_members_representative_is_not_eligible() {
        ElectionId id = f.callDefault();
        f.at(T.minus(Duration.ofDays(40)));
        f.roll.add("ID").suspended(T.minus(Duration.ofDays(41)), T.minus(Duration.ofDays(41)));

        refused(RuleViolation.class, "NOMINEE_NOT_ELIGIBLE",
                () -> f.nominating.nominate(id, "CHAIR_ELECT", "id-k12", null, delegateOf("CA")));
    }

    @Test
    void only_a_governing_members_delegate_or_alternate_nominates() {
        ElectionId id = f.callDefault();
        f.at(T.minus(Duration.ofDays(40)));

        refused(Forbidden.class, "NOT_ELIGIBLE", () -> f.nominating.nominate(id, "CHAIR_ELECT", "ca-k12", null,
                new org.charter.platform.event.CommandContext(new org.charter.platform.event.Actor("af-del", "delegate", "AF"),
                        "t", null)));
        refused(Forbidden.class, "NOT_MEMBER_DELEGATE", () -> f.nominating.nominate(id, "CHAIR_ELECT", "ca-k12", null,
                new org.charter.platform.event.CommandContext(new org.charter.platform.event.Actor("wa-del", "delegate", "CA"),
                        "t", null)));
        refused(Forbidden.class, "NOT_MEMBER_DELEGATE", () -> f.nominating.nominate(id, "CHAIR_ELECT", "ca-k12", null,
                person("ca-del")));
    }

    @Test
    void nominations_are_taken_only_in_their_window() {
        ElectionId id = f.callDefault();
        f.at(T.minus(Duration.ofDays(46)));
        refused(Conflict.class, "NOMINATIONS_CLOSED", () -> f.nominating.nominate(id, "CHAIR_ELECT", "ca-k12", null,
                delegateOf("CA")));
        f.at(T.minus(Duration.ofDays(45)));
        f.nominating.nominate(id, "CHAIR_ELECT", "ca-k12", null, delegateOf("CA"));
        f.at(T.minus(Duration.ofDays(21)));
        refused(Conflict.class, "NOMINATIONS_CLOSED", () -> f.nominating.nominate(id, "CHAIR_ELECT", "wa-k12", null,
                delegateOf("CA")));
    }

    @Test
    void a_person_stands_in_one_contest_until_withdrawn() {
        ElectionId id = f.callDefault();
        f.at(T.minus(Duration.ofDays(40)));
        f.nominating.nominate(id, "CHAIR_ELECT", "ca-k12", null, delegateOf("CA"));

        refused(Conflict.class, "ALREADY_NOMINATED", () -> f.nominating.nominate(id, "AT_LARGE_K12", "ca-k12", null,
                delegateOf("WA")));
        f.nominating.withdraw(id, "n1", person("ca-k12"));
        f.nominating.nominate(id, "AT_LARGE_K12", "ca-k12", null, delegateOf("WA"));

        assertThat(f.election(id).nominations()).extracting(Election.Nomination::status)
                .containsExactly(NominationStatus.WITHDRAWN, NominationStatus.NOMINATED);
    }

    @Test
    void members_a_caller_says_continue_are_not_counted_only_the_committees_seats_are() {
        // continuingHolders is recorded as said; the committee has no seat for OR, so OR may stand (ADR 0055)
        ElectionId id = f.call(List.of(), List.of("OR"));
        f.at(T.minus(Duration.ofDays(40)));

        f.nominating.nominate(id, "CHAIR_ELECT", "or-k12", null, delegateOf("CA"));

        assertThat(f.election(id).nominations()).extracting(Election.Nomination::nominee).containsExactly("or-k12");
    }

    @Test
    void only_the_nominee_answers_and_only_by_the_acceptance_deadline() {
        ElectionId id = f.callDefault();
        f.at(T.minus(Duration.ofDays(40)));
        f.nominating.nominate(id, "CHAIR_ELECT", "ca-k12", null, delegateOf("WA"));
        f.nominating.nominate(id, "AT_LARGE_K12", "wa-k12", null, delegateOf("WA"));

        refused(Forbidden.class, "NOT_NOMINEE", () -> f.nominating.accept(id, "n1", person("wa-k12")));
        refused(NotFound.class, "NOMINATION_NOT_FOUND", () -> f.nominating.accept(id, "n9", person("ca-k12")));
        f.at(T.minus(Duration.ofDays(14)));
        refused(Conflict.class, "ACCEPTANCE_CLOSED", () -> f.nominating.accept(id, "n1", person("ca-k12")));
        f.at(T.minus(Duration.ofDays(15)));
        f.nominating.accept(id, "n2", person("wa-k12"));
        assertThat(f.nominating.accept(id, "n2", person("wa-k12")).events()).isEmpty();
    }

    // ------------------------------------------------------------------ the slate

    @Test
    void the_slate_acclaims_contests_with_as_many_candidates_as_seats_and_ballots_the_others_with_their_seed_hash() {
        ElectionId id = f.callDefault();
        f.at(T.minus(Duration.ofDays(40)));
        String chair1 = f.standing(id, "CHAIR_ELECT", "ca-k12");
        String chair2 = f.standing(id, "CHAIR_ELECT", "wa-del");
        f.nominating.nominate(id, "CHAIR_ELECT", "or-del", null, delegateOf("CA"));
        String atLarge = f.standing(id, "AT_LARGE_K12", "nv-alt");
        String he1 = f.standing(id, "HIGHER_EDUCATION", "id-he");
        String he2 = f.standing(id, "HIGHER_EDUCATION", "ca-he");

        f.at(T.minus(Duration.ofDays(11)));
        refused(Conflict.class, "WRONG_STEP", () -> f.slating.slate(id, secretary()));
        f.at(T.minus(Duration.ofDays(10)));
        Election e = f.slating.slate(id, secretary()).state();

        ContestView chair = e.contestView("EC-FY2028.CHAIR_ELECT");
        assertThat(chair.status()).isEqualTo(ContestStatus.SLATED);
        assertThat(chair.candidates()).extracting(SlateCandidate::id).containsExactly(chair1, chair2);
        assertThat(chair.candidates()).extracting(SlateCandidate::member).containsExactly("CA", "WA");
        assertThat(chair.opensAt()).isEqualTo(T);
        assertThat(chair.closesAt()).isEqualTo(T.plus(Duration.ofDays(7)));
        String seed = f.seeds.reveal(chair.id());
        assertThat(chair.seedSha256()).isEqualTo(HexFormat.of().formatHex(
                ElectionFixture.MemorySeeds.sha256(HexFormat.of().parseHex(seed))));
        ContestView k12 = e.contestView("EC-FY2028.AT_LARGE_K12");
        assertThat(k12.status()).isEqualTo(ContestStatus.ACCLAIMED);
        assertThat(k12.elected()).containsExactly(atLarge);
        assertThat(e.contestView("EC-FY2028.HIGHER_EDUCATION").candidates()).extracting(SlateCandidate::id)
                .containsExactly(he1, he2);
        refused(Conflict.class, "WRONG_STEP", () -> f.slating.slate(id, secretary()));
    }

    @Test
    void too_few_candidates_reopen_nominations_once_then_the_rest_is_vacant() {
        ElectionId id = f.call(List.of(new ContestRequest("AT_LARGE_K12", 2), new ContestRequest("CHAIR_ELECT", 1)), List.of());
        f.at(T.minus(Duration.ofDays(40)));
        String first = f.standing(id, "AT_LARGE_K12", "ca-alt");

        f.at(T.minus(Duration.ofDays(10)));
        Election e = f.slating.slate(id, secretary()).state();
        assertThat(e.contestView("EC-FY2028.AT_LARGE_K12").status()).isEqualTo(ContestStatus.REOPENED);
        assertThat(e.contestView("EC-FY2028.AT_LARGE_K12").reopenedUntil()).isEqualTo(T.plus(Duration.ofDays(4)));
        assertThat(e.contestView("EC-FY2028.CHAIR_ELECT").status()).isEqualTo(ContestStatus.REOPENED);

        f.at(T);
        f.standing(id, "CHAIR_ELECT", "wa-k12");
        f.standing(id, "CHAIR_ELECT", "or-k12");
        refused(NotFound.class, "CONTEST_NOT_FOUND", () -> f.nominating.nominate(id, "HIGHER_EDUCATION", "ca-he", null,
                delegateOf("CA")));
        refused(Conflict.class, "WRONG_STEP", () -> f.slating.slate(id, secretary()));

        f.at(T.plus(Duration.ofDays(4)));
        e = f.slating.slate(id, secretary()).state();
        ContestView atLarge = e.contestView("EC-FY2028.AT_LARGE_K12");
        assertThat(atLarge.status()).isEqualTo(ContestStatus.VACANT);
        assertThat(atLarge.elected()).containsExactly(first);
        ContestView chair = e.contestView("EC-FY2028.CHAIR_ELECT");
        assertThat(chair.status()).isEqualTo(ContestStatus.SLATED);
        assertThat(chair.opensAt()).isEqualTo(T.plus(Duration.ofDays(14)));
        assertThat(chair.closesAt()).isEqualTo(T.plus(Duration.ofDays(21)));
    }

    @Test
    void a_reopened_contest_is_slated_on_its_own_once_its_reopened_nominations_close() {
        ElectionId id = f.call(List.of(new ContestRequest("AT_LARGE_K12", 2), new ContestRequest("CHAIR_ELECT", 1),
                new ContestRequest("HIGHER_EDUCATION", 1)), List.of());
        String chairId = "EC-FY2028.CHAIR_ELECT";
        f.at(T.minus(Duration.ofDays(40)));
        String first = f.standing(id, "AT_LARGE_K12", "ca-alt");
        f.at(T.minus(Duration.ofDays(20)));
        refused(Conflict.class, "NOT_REOPENED", () -> f.slating.slateContest(chairId, secretary()));

        f.at(T.minus(Duration.ofDays(10)));
        f.slating.slate(id, secretary());
        f.at(T);
        String chair1 = f.standing(id, "CHAIR_ELECT", "wa-k12");
        String chair2 = f.standing(id, "CHAIR_ELECT", "or-k12");
        String he = f.standing(id, "HIGHER_EDUCATION", "id-he");
        Conflict early = refused(Conflict.class, "NOMINATIONS_OPEN", () -> f.slating.slateContest(chairId, secretary()));
        assertThat(early.isMomentary()).isTrue();
        assertThat(early.getMessage()).contains(T.plus(Duration.ofDays(4)).toString());

        f.at(T.plus(Duration.ofDays(4)));
        var slated = f.slating.slateContest(chairId, secretary());
        assertThat(slated.events()).singleElement().extracting(RecordedEvent::data).isInstanceOfSatisfying(ElectionEvent.ContestSlated.class, e -> {
            assertThat(e.contestId()).isEqualTo(chairId);
            assertThat(e.candidates()).extracting(SlateCandidate::id).containsExactly(chair1, chair2);
        });
        Election e = slated.state();
        assertThat(e.contestView(chairId).status()).isEqualTo(ContestStatus.SLATED);
        assertThat(e.contestView(chairId).opensAt()).isEqualTo(T.plus(Duration.ofDays(14)));
        assertThat(e.contestView("EC-FY2028.AT_LARGE_K12").status()).isEqualTo(ContestStatus.REOPENED);
        assertThat(e.contestView("EC-FY2028.HIGHER_EDUCATION").status()).isEqualTo(ContestStatus.REOPENED);
        refused(Conflict.class, "ALREADY_SLATED", () -> f.slating.slateContest(chairId, secretary()));

        e = f.slating.slateContest("EC-FY2028.HIGHER_EDUCATION", secretary()).state();
        assertThat(e.contestView("EC-FY2028.HIGHER_EDUCATION").status()).isEqualTo(ContestStatus.ACCLAIMED);
        assertThat(e.contestView("EC-FY2028.HIGHER_EDUCATION").elected()).containsExactly(he);
        e = f.slating.slateContest("EC-FY2028.AT_LARGE_K12", secretary()).state();
        assertThat(e.contestView("EC-FY2028.AT_LARGE_K12").status()).isEqualTo(ContestStatus.VACANT);
        assertThat(e.contestView("EC-FY2028.AT_LARGE_K12").elected()).containsExactly(first);
        refused(Conflict.class, "WRONG_STEP", () -> f.slating.slate(id, secretary()));
        refused(Conflict.class, "ALREADY_SLATED", () -> f.slating.slateContest("EC-FY2028.AT_LARGE_K12", secretary()));
    }

    @Test
    void a_reopened_contest_the_elections_slate_decided_is_already_slated_and_an_unknown_one_is_not_found() {
        ElectionId id = f.call(List.of(new ContestRequest("CHAIR_ELECT", 1)), List.of());
        f.at(T.minus(Duration.ofDays(10)));
        f.slating.slate(id, secretary());
        f.at(T.plus(Duration.ofDays(4)));
        f.slating.slate(id, secretary());
        refused(Conflict.class, "ALREADY_SLATED", () -> f.slating.slateContest("EC-FY2028.CHAIR_ELECT", secretary()));
        refused(NotFound.class, "CONTEST_NOT_FOUND", () -> f.slating.slateContest("EC-FY2028.TREASURER", secretary()));
        refused(NotFound.class, "CONTEST_NOT_FOUND", () -> f.slating.slateContest("EC-FY2099.CHAIR_ELECT", secretary()));
    }

    @Test
    void a_nomination_not_accepted_stays_off_the_slate() {
        ElectionId id = f.call(List.of(new ContestRequest("CHAIR_ELECT", 1)), List.of());
        f.at(T.minus(Duration.ofDays(40)));
        String accepted = f.standing(id, "CHAIR_ELECT", "ca-k12");
        f.nominating.nominate(id, "CHAIR_ELECT", "wa-k12", null, delegateOf("CA"));

        f.at(T.minus(Duration.ofDays(10)));
        ContestView chair = f.slating.slate(id, secretary()).state().contestView("EC-FY2028.CHAIR_ELECT");
        assertThat(chair.status()).isEqualTo(ContestStatus.ACCLAIMED);
        assertThat(chair.elected()).containsExactly(accepted);
    }

    // ------------------------------------------------------------------ opening and closing

    @Test
    void the_ballot_opens_at_its_time_with_the_electorate_frozen_then_and_closes_at_its_close() {
        ElectionId id = slatedChairElect();
        refused(Conflict.class, "POLL_NOT_OPEN", () -> f.election(id).requireOpen("EC-FY2028.CHAIR_ELECT", f.clock.instant()));

        f.at(T.plusSeconds(60));
        f.roll.add("NV").suspended(T.plusSeconds(30), T.plusSeconds(30));
        Election e = f.timekeeping.catchUp(id);
        ContestView chair = e.contestView("EC-FY2028.CHAIR_ELECT");
        assertThat(chair.status()).isEqualTo(ContestStatus.OPEN);
        assertThat(chair.electorate()).containsExactlyInAnyOrder("CA", "WA", "OR", "NV", "ID");
        e.requireOpen(chair.id(), f.clock.instant());

        f.at(T.plus(Duration.ofDays(7)));
        refused(Conflict.class, "POLL_CLOSED", () -> f.election(id).requireOpen(chair.id(), f.clock.instant()));
        e = f.timekeeping.catchUp(id);
        assertThat(e.contestView(chair.id()).status()).isEqualTo(ContestStatus.CLOSED);
        assertThat(e.contestView(chair.id()).closedAt()).isEqualTo(T.plus(Duration.ofDays(7)));
        assertThat(e.dueCounts()).containsExactly(chair.id());
        assertThat(f.timekeeping.catchUp(id).version()).isEqualTo(e.version());
        List<RecordedEvent> history = f.elections.history(id);
        assertThat(history.get(history.size() - 1).actor().role()).isEqualTo("system");
    }

    @Test
    void the_secretary_closes_a_ballot_early_once() {
        ElectionId id = slatedChairElect();
        f.at(T.plusSeconds(60));
        f.timekeeping.catchUp(id);

        f.elections.change(id, secretary(), e -> e.close("EC-FY2028.CHAIR_ELECT", f.clock.instant()));
        refused(Conflict.class, "POLL_CLOSED",
                () -> f.elections.change(id, secretary(), e -> e.close("EC-FY2028.CHAIR_ELECT", f.clock.instant())));
        refused(Conflict.class, "POLL_CLOSED", () -> f.election(id).requireOpen("EC-FY2028.CHAIR_ELECT", f.clock.instant()));
    }

    @Test
    void a_ranking_is_strict_over_the_slates_standing_candidates() {
        ElectionId id = slatedChairElect();
        f.nominating.withdraw(id, "n3", person("or-k12"));
        Election e = f.election(id);
        String c = "EC-FY2028.CHAIR_ELECT";

        e.requireValidRanking(c, List.of("n2", "n1"));
        e.requireValidRanking(c, List.of());
        assertThat(refused(RuleViolation.class, "INVALID_RANKING", () -> e.requireValidRanking(c, List.of("n1", "n1")))
                .getMessage()).isEqualTo("ranking[1]: candidate 'n1' is ranked twice");
        assertThat(refused(RuleViolation.class, "INVALID_RANKING", () -> e.requireValidRanking(c, java.util.Arrays.asList("n1", null, "n2")))
                .getMessage()).startsWith("ranking[1] is empty");
        assertThat(refused(RuleViolation.class, "INVALID_RANKING", () -> e.requireValidRanking(c, List.of("n1", "")))
                .getMessage()).startsWith("ranking[1] is empty");
        assertThat(refused(RuleViolation.class, "INVALID_RANKING", () -> e.requireValidRanking(c, List.of("n9")))
                .getMessage()).startsWith("ranking[0]: 'n9' is not a candidate of EC-FY2028.CHAIR_ELECT");
        RuleViolation withdrawn = refused(RuleViolation.class, "INVALID_RANKING", () -> e.requireValidRanking(c, List.of("n2", "n3")));
        assertThat(withdrawn.getMessage()).isEqualTo("ranking[1]: candidate 'n3' has withdrawn");
        assertThat(withdrawn.properties()).containsEntry("candidate", "n3").containsEntry("errors",
                List.of(new InvalidField("ranking[1]", "candidate 'n3' has withdrawn")));
        RuleViolation gap = refused(RuleViolation.class, "INVALID_RANKING",
                () -> e.requireValidRanking(c, java.util.Arrays.asList("n1", null, "n2")));
        assertThat(gap.properties()).doesNotContainKey("candidate").extractingByKey("errors").asList()
                .extracting(f -> ((InvalidField) f).field()).containsExactly("ranking[1]");
        assertThat(refused(RuleViolation.class, "INVALID_RANKING", () -> e.requireValidRanking(c, List.of("n1", "n2", "n1")))
                .properties()).containsEntry("candidate", "n1").extractingByKey("errors").asList()
                .extracting(f -> ((InvalidField) f).field()).containsExactly("ranking[2]");
        assertThat(e.contestView(c).withdrawn()).containsExactly("n3");
    }

    private ElectionId slatedChairElect() {
        ElectionId id = f.call(List.of(new ContestRequest("CHAIR_ELECT", 1)), List.of());
        f.at(T.minus(Duration.ofDays(40)));
        f.standing(id, "CHAIR_ELECT", "ca-k12");
        f.standing(id, "CHAIR_ELECT", "wa-k12");
        f.standing(id, "CHAIR_ELECT", "or-k12");
        f.at(T.minus(Duration.ofDays(10)));
        f.slating.slate(id, secretary());
        return id;
    }
}
