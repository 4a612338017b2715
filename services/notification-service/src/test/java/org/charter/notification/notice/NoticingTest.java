package org.charter.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.charter.notification.notice.CommitteeFact.FormalVoteCounted;
import org.charter.notification.notice.CommitteeFact.PollOpened;
import org.charter.notification.notice.CommitteeFact.PollScheduled;
import org.charter.notification.notice.CommitteeFact.PositionStated;
import org.charter.notification.notice.CommitteeFact.VoteCast;
import org.charter.notification.notice.WorkflowFact.PollReminderDue;
import org.charter.notification.roll.Appointments;
import org.charter.notification.roll.Appointments.AlternatesTerm;
import org.charter.notification.roll.Appointments.DelegateTerm;
import org.charter.membershiproll.member.MembershipFact.Appointee;
import org.charter.notification.roll.Recipient;
import org.charter.notification.roll.Roll;
import org.charter.notification.seat.InMemorySeats;
import org.charter.platform.event.Actor;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.junit.jupiter.api.Test;

class NoticingTest {

    static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant OPENS = Instant.parse("2026-12-01T12:00:00Z");
    static final Instant CLOSES = OPENS.plus(Duration.ofDays(7));
    static final String MOTION = "m-abcdefghij";
    static final String POLL = MOTION + "-1";

    private final Map<String, Appointments> members = new HashMap<>();
    private final List<String> governing = new java.util.ArrayList<>(List.of("CA", "WA", "HI", "PR"));
    private final Roll roll = new Roll() {
        @Override
        public Appointments appointmentsOf(String memberId) {
            return members.getOrDefault(memberId, Appointments.none(memberId));
        }

        @Override
        public List<String> votingMembersAt(Instant at) {
            return List.copyOf(governing);
        }
    };
    private final Noticing noticing = new Noticing(roll, new InMemoryPolls(), new InMemorySeats());

    NoticingTest() {
        member("CA", "ca-del", "ca-alt1", "ca-alt2");
        member("WA", "wa-del");
        member("HI", "hi-del", "hi-alt1");
        member("PR", "pr-del", "pr-alt1");
    }

    @Test
    void a_poll_opened_reaches_every_eligible_members_delegate_and_alternates_and_nobody_else() {
        noticing.noticesOf(event(new PollScheduled(MOTION, POLL, "FORMAL_VOTE", OPENS, CLOSES), OPENS));
        List<Notice> notices = noticing.noticesOf(event(opened("CA", "WA", "HI"), OPENS));

        assertThat(notices).extracting(n -> n.recipient().personId())
                .containsExactly("ca-del", "ca-alt1", "ca-alt2", "wa-del", "hi-del", "hi-alt1");
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.POLL_OPENED);
            assertThat(n.pollId()).isEqualTo(POLL);
            assertThat(n.closesAt()).isEqualTo(CLOSES);
        });
        assertThat(notices.stream().map(Notice::eventId).distinct()).hasSize(1);
    }

    @Test
    void a_contests_ballot_opening_and_close_reach_its_frozen_electorates_delegates_and_alternates() {
        List<Notice> opened = noticing.noticesOf(event(new ElectionFact.ContestOpened("EC-FY2028", "EC-FY2028.CHAIR_ELECT",
                OPENS, List.of("CA", "HI")), OPENS));
        assertThat(opened).extracting(n -> n.recipient().personId()).containsExactly("ca-del", "ca-alt1", "ca-alt2", "hi-del",
                "hi-alt1");
        assertThat(opened).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.CONTEST_OPENED);
            assertThat(n.pollId()).isEqualTo("EC-FY2028.CHAIR_ELECT");
            assertThat(n.motionId()).isEqualTo("EC-FY2028");
        });
        // HI's alternate replaced after the opening: the close goes to those appointed at the opening
        members.put("HI", new Appointments("HI", List.of(new DelegateTerm(SINCE, "hi-del", "h"),
                new DelegateTerm(OPENS.plusSeconds(60), "hi-new", "n")), List.of()));
        List<Notice> closed = noticing.noticesOf(event(new ElectionFact.ContestClosed("EC-FY2028", "EC-FY2028.CHAIR_ELECT",
                CLOSES), CLOSES));
        assertThat(closed).extracting(n -> n.recipient().personId()).containsExactly("ca-del", "ca-alt1", "ca-alt2", "hi-del");
        assertThat(closed).allSatisfy(n -> assertThat(n.kind()).isEqualTo(NoticeKind.CONTEST_CLOSED));
    }

    @Test
    void a_contest_closed_without_its_opening_seen_makes_no_notice() {
        assertThat(noticing.noticesOf(event(new ElectionFact.ContestClosed("EC-FY2028", "EC-FY2028.AT_LARGE_K12", CLOSES),
                CLOSES))).isEmpty();
    }

    @Test
    void a_reminder_goes_only_to_members_that_have_not_answered_even_since_the_process_looked() {
        noticing.noticesOf(event(opened("CA", "WA", "HI"), OPENS));
        noticing.noticesOf(event(new VoteCast(POLL, "CA"), OPENS.plusSeconds(60)));
        // the process listed WA and HI; HI answered after it looked
        noticing.noticesOf(event(new PositionStated(POLL, "HI"), CLOSES.minus(Duration.ofHours(73))));
        List<Notice> notices = noticing.noticesOf(event(new PollReminderDue("p-1", MOTION, POLL, CLOSES,
                Duration.ofHours(72), List.of("WA", "HI")), CLOSES.minus(Duration.ofHours(72))));

        assertThat(notices).extracting(n -> n.recipient().personId()).containsExactly("wa-del");
        assertThat(notices.get(0).kind()).isEqualTo(NoticeKind.REMINDER);
        assertThat(notices.get(0).leadTime()).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void a_reminder_goes_to_the_delegate_appointed_when_it_is_due() {
        noticing.noticesOf(event(opened("WA"), OPENS));
        members.put("WA", new Appointments("WA", List.of(new DelegateTerm(SINCE, "wa-del", "old"),
                new DelegateTerm(OPENS.plus(Duration.ofDays(2)), "wa-new", "new")), List.of()));

        List<Notice> notices = noticing.noticesOf(event(new PollReminderDue("p-1", MOTION, POLL, CLOSES,
                Duration.ofHours(24), List.of("WA")), CLOSES.minus(Duration.ofHours(24))));

        assertThat(notices).extracting(n -> n.recipient().personId()).containsExactly("wa-new");
    }

    @Test
    void the_result_goes_to_the_frozen_electorate_once_counted() {
        noticing.noticesOf(event(opened("CA", "WA"), OPENS));
        List<Notice> notices = noticing.noticesOf(event(new FormalVoteCounted(MOTION, POLL, CLOSES, "ADOPTED"), CLOSES));

        assertThat(notices).extracting(n -> n.recipient().personId()).containsExactly("ca-del", "ca-alt1", "ca-alt2", "wa-del");
        assertThat(notices).allSatisfy(n -> assertThat(n.outcome()).isEqualTo("ADOPTED"));
        assertThat(notices).allSatisfy(n -> assertThat(n.kind()).isEqualTo(NoticeKind.POLL_RESULT));
    }

    @Test
    void answers_and_other_facts_make_no_notice() {
        noticing.noticesOf(event(opened("CA"), OPENS));
        assertThat(noticing.noticesOf(event(new VoteCast(POLL, "CA"), OPENS))).isEmpty();
        assertThat(noticing.noticesOf(event(new CommitteeFact.PollClosed(MOTION, POLL, CLOSES, false), CLOSES))).isEmpty();
        assertThat(noticing.noticesOf(event(new CommitteeFact.MeetingOpened(), OPENS))).isEmpty();
    }

    @Test
    void a_member_without_appointees_gets_no_notice_and_stops_nobody_else() {
        List<Notice> notices = noticing.noticesOf(event(opened("GU", "WA"), OPENS));
        assertThat(notices).extracting(Notice::recipient).extracting(Recipient::personId).containsExactly("wa-del");
    }

    @Test
    void a_seat_left_by_a_result_correction_seat_vacated_v3_or_one_recorded_as_v2_or_v1_stops_its_holders_notices_alike() {
        org.charter.platform.event.EventJson json = new org.charter.platform.event.EventJson(
                org.charter.platform.event.EventTypes.of("notification", ElectionFact.SeatVacated.class,
                        ElectionFact.SeatVacatedV2.class, ElectionFact.SeatVacatedV1.class));
        String vacated = "{\"position\":\"AT_LARGE_K12\",\"seat\":1,\"personId\":\"k12-hi\",\"memberId\":\"HI\","
                + "\"vacatedAt\":\"" + OPENS.minusSeconds(3600) + "\",\"reason\":\"RESULT_CORRECTED\"}";
        DomainEvent v3 = json.read("charter.election.SeatVacated.v3", vacated);
        DomainEvent v2 = json.read("charter.election.SeatVacated.v2", vacated.replace("RESULT_CORRECTED", "RESIGNED"));
        assertThat(v3).isInstanceOf(ElectionFact.SeatVacated.class);
        assertThat(v2).isInstanceOf(ElectionFact.SeatVacatedV2.class);
        assertThat(json.read("charter.election.SeatVacated.v1", vacated.replace("RESULT_CORRECTED", "RESIGNED")))
                .isInstanceOf(ElectionFact.SeatVacatedV1.class);

        for (DomainEvent fact : List.of(v3, v2)) {
            assertThat(new NoticingTest().holdersNoticedAfterVacating(fact)).as(fact.getClass().getSimpleName())
                    .containsExactly("chair-ca");
        }
    }

    /** The EC poll's recipients when CA's Chair and HI's at-large holder sit and then {@code vacated} is followed. */
    private List<String> holdersNoticedAfterVacating(DomainEvent vacated) {
        ecMotion();
        noticing.noticesOf(event(new CommitteeFact.ExecutiveRosterRecorded("EXECUTIVE_COMMITTEE", List.of(
                new CommitteeFact.ExecutiveRosterRecorded.Seat("CHAIR", 1, "chair-ca", "Cam", "CA", SINCE, OPENS.plus(Duration.ofDays(400))),
                new CommitteeFact.ExecutiveRosterRecorded.Seat("AT_LARGE_K12", 1, "k12-hi", "Hal", "HI", SINCE,
                        OPENS.plus(Duration.ofDays(400))))), SINCE));
        noticing.noticesOf(event(vacated, OPENS.minusSeconds(3600)));
        noticing.noticesOf(event(new PollScheduled(MOTION, POLL, "FORMAL_VOTE", OPENS, CLOSES), OPENS));
        return noticing.noticesOf(event(opened("CA", "HI"), OPENS)).stream().map(n -> n.recipient().personId()).toList();
    }

    @Test
    void an_executive_committee_poll_goes_to_its_seat_holders_themselves_not_to_their_members_appointees() {
        ecMotion();
        noticing.noticesOf(event(new CommitteeFact.ExecutiveRosterRecorded("EXECUTIVE_COMMITTEE", List.of(
                new CommitteeFact.ExecutiveRosterRecorded.Seat("CHAIR", 1, "chair-ca", "Cam", "CA", SINCE, OPENS.plus(Duration.ofDays(400))),
                new CommitteeFact.ExecutiveRosterRecorded.Seat("AT_LARGE_K12", 1, "k12-hi", "Hal", "HI", SINCE,
                        OPENS.plus(Duration.ofDays(400))))), SINCE));
        // the election seats WA's person, and vacates HI's seat before the poll opens
        noticing.noticesOf(event(new ElectionFact.SeatVacated("AT_LARGE_K12", 1, "k12-hi", "HI", OPENS.minusSeconds(3600)),
                OPENS.minusSeconds(3600)));
        noticing.noticesOf(event(new ElectionFact.SeatTaken("AT_LARGE_K12", 1, "k12-wa", "Wes", "WA", OPENS.minusSeconds(3600)),
                OPENS.minusSeconds(3600)));
        noticing.noticesOf(event(new PollScheduled(MOTION, POLL, "FORMAL_VOTE", OPENS, CLOSES), OPENS));

        List<Notice> opened = noticing.noticesOf(event(opened("CA", "WA"), OPENS));

        assertThat(opened).extracting(n -> n.recipient().personId()).containsExactly("chair-ca", "k12-wa");
        assertThat(opened).allSatisfy(n -> assertThat(n.recipient().role()).isEqualTo(Recipient.Role.SEAT_HOLDER));
        assertThat(opened).extracting(n -> n.recipient().memberId()).containsExactly("CA", "WA");
        // a reminder to the seat holder that has not answered; the result to both
        noticing.noticesOf(event(new VoteCast(POLL, "CA"), OPENS.plusSeconds(60)));
        assertThat(noticing.noticesOf(event(new PollReminderDue("p-1", MOTION, POLL, CLOSES, Duration.ofHours(24),
                List.of("CA", "WA")), CLOSES.minus(Duration.ofHours(24))))).extracting(n -> n.recipient().personId())
                .containsExactly("k12-wa");
        assertThat(noticing.noticesOf(event(new FormalVoteCounted(MOTION, POLL, CLOSES, "ADOPTED"), CLOSES)))
                .extracting(n -> n.recipient().personId()).containsExactly("chair-ca", "k12-wa");
    }

    @Test
    void an_executive_committee_poll_whose_electorate_names_the_holders_reaches_them_too() {
        ecMotion();
        noticing.noticesOf(event(new ElectionFact.SeatTaken("CHAIR", 1, "chair-ca", "Cam", "CA", SINCE), SINCE));
        noticing.noticesOf(event(new ElectionFact.SeatTaken("PAST_CHAIR", 1, "past-pr", "Pat", "PR", SINCE), SINCE));
        // the same seating redelivered, or seen again as the committee recorded it, changes nothing
        noticing.noticesOf(event(new ElectionFact.SeatTaken("CHAIR", 1, "chair-ca", "Cam", "CA", SINCE), SINCE));
        noticing.noticesOf(event(new CommitteeFact.ExecutiveSeatTaken("CHAIR", 1, "chair-ca", "Cam", "CA", SINCE), SINCE));

        assertThat(noticing.noticesOf(event(new PollOpened(MOTION, POLL, OPENS, List.of("chair-ca", "past-pr"), OPENS), OPENS)))
                .extracting(n -> n.recipient().personId()).containsExactly("chair-ca", "past-pr");
    }

    @Test
    void a_seat_the_committee_recorded_vacated_stops_the_notices_of_its_holder() {
        ecMotion();
        noticing.noticesOf(event(new CommitteeFact.ExecutiveSeatTaken("CHAIR", 1, "chair-ca", "Cam", "CA", SINCE), SINCE));
        noticing.noticesOf(event(new CommitteeFact.ExecutiveSeatTaken("PAST_CHAIR", 1, "past-wa", "Wil", "WA", SINCE), SINCE));
        noticing.noticesOf(event(new CommitteeFact.ExecutiveSeatVacated("PAST_CHAIR", 1, "past-wa", "WA", OPENS.minusSeconds(1)),
                SINCE));

        assertThat(noticing.noticesOf(event(opened("CA", "WA"), OPENS))).extracting(n -> n.recipient().personId())
                .containsExactly("chair-ca");
    }

    @Test
    void a_work_groups_poll_goes_to_the_participants_sitting_when_it_opens() {
        noticing.noticesOf(event(new CommitteeFact.MotionProposed(MOTION, "Item specs", "ITEM_WRITING"), SINCE));
        noticing.noticesOf(event(new CommitteeFact.CommitteeMemberJoined("ITEM_WRITING", "iw-ca", "Ida", "CA", SINCE, null), SINCE));
        noticing.noticesOf(event(new CommitteeFact.CommitteeMemberJoined("ITEM_WRITING", "iw-wa", "Ivo", "WA", SINCE, null), SINCE));
        noticing.noticesOf(event(new CommitteeFact.CommitteeMemberLeft("ITEM_WRITING", "iw-wa", OPENS.minusSeconds(1)), SINCE));

        assertThat(noticing.noticesOf(event(opened("CA", "WA"), OPENS))).extracting(n -> n.recipient().personId())
                .containsExactly("iw-ca");
    }

    @Test
    void a_revised_board_motion_goes_to_every_governing_members_appointees_with_its_title_and_version() {
        noticing.noticesOf(event(new CommitteeFact.MotionProposed(MOTION, "Data policy", "GOVERNING_BOARD"), SINCE));
        governing.remove("PR");

        List<Notice> notices = noticing.noticesOf(event(new CommitteeFact.MotionRevised(MOTION, 2, "Data policy, revised", OPENS),
                OPENS));

        assertThat(notices).extracting(n -> n.recipient().personId())
                .containsExactly("ca-del", "ca-alt1", "ca-alt2", "wa-del", "hi-del", "hi-alt1");
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.MOTION_REVISED);
            assertThat(n.motionId()).isEqualTo(MOTION);
            assertThat(n.version()).isEqualTo(2);
            assertThat(n.outcome()).isEqualTo("Data policy, revised");
            assertThat(n.subject()).isEqualTo(MOTION);
        });
    }

    @Test
    void a_revised_executive_committee_motion_goes_to_its_seat_holders() {
        ecMotion();
        noticing.noticesOf(event(new ElectionFact.SeatTaken("CHAIR", 1, "chair-ca", "Cam", "CA", SINCE), SINCE));

        assertThat(noticing.noticesOf(event(new CommitteeFact.MotionRevised(MOTION, 3, "Budget review", OPENS), OPENS)))
                .extracting(n -> n.recipient().personId()).containsExactly("chair-ca");
    }

    @Test
    void a_certified_contest_goes_to_its_frozen_electorate_naming_the_elected() {
        noticing.noticesOf(event(new ElectionFact.ContestOpened("EC-FY2028", "EC-FY2028.CHAIR_ELECT", OPENS, List.of("WA", "HI")),
                OPENS));
        List<Notice> notices = noticing.noticesOf(event(new ElectionFact.ContestCertified("EC-FY2028", "EC-FY2028.CHAIR_ELECT",
                List.of(new ElectionFact.ContestCertified.Elected("Wes", "WA", "wes")), CLOSES), CLOSES));

        assertThat(notices).extracting(n -> n.recipient().personId()).containsExactly("wa-del", "hi-del", "hi-alt1");
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.CONTEST_CERTIFIED);
            assertThat(n.pollId()).isEqualTo("EC-FY2028.CHAIR_ELECT");
            assertThat(n.outcome()).isEqualTo("Wes (WA)");
        });
    }

    @Test
    void a_budget_adopted_goes_to_the_electorate_of_the_board_poll_that_adopted_it_else_to_the_governing_members() {
        noticing.noticesOf(event(opened("CA", "WA"), OPENS));
        List<Notice> byPoll = noticing.noticesOf(event(new BudgetFact.ProposalAdopted("FY2027", "FY2027-B1", 3, MOTION, POLL,
                CLOSES), CLOSES));
        assertThat(byPoll).extracting(n -> n.recipient().personId()).containsExactly("ca-del", "ca-alt1", "ca-alt2", "wa-del");
        assertThat(byPoll).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.BUDGET_ADOPTED);
            assertThat(n.pollId()).isEqualTo("FY2027");
            assertThat(n.motionId()).isEqualTo("FY2027-B1");
            assertThat(n.version()).isEqualTo(3);
        });

        List<Notice> unseenPoll = noticing.noticesOf(event(new BudgetFact.ProposalAdopted("FY2027", "FY2027-A1", 1, "m-zzzzzzzzzz",
                "m-zzzzzzzzzz-1", CLOSES), CLOSES));
        assertThat(unseenPoll).extracting(n -> n.recipient().memberId()).containsOnly("CA", "WA", "HI", "PR");
    }

    private void ecMotion() {
        noticing.noticesOf(event(new CommitteeFact.MotionProposed(MOTION, "FY2027 budget review", "EXECUTIVE_COMMITTEE"), SINCE));
    }

    private void member(String id, String delegate, String... alternates) {
        members.put(id, new Appointments(id, List.of(new DelegateTerm(SINCE, delegate, "Delegate " + id)),
                List.of(new AlternatesTerm(SINCE, java.util.Arrays.stream(alternates).map(a -> new Appointee(a, a)).toList()))));
    }

    static PollOpened opened(String... electorate) {
        return new PollOpened(MOTION, POLL, OPENS, List.of(electorate), OPENS);
    }

    static RecordedEvent event(DomainEvent data, Instant at) {
        return new RecordedEvent(UUID.randomUUID(), "charter.test." + data.getClass().getSimpleName() + ".v1",
                "motion:" + MOTION, 1, at, "c-1", null, Actor.SYSTEM, data);
    }
}
