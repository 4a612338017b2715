package org.charter.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.notification.notice.NoticingTest.event;

import java.time.Instant;
import java.util.List;
import org.charter.notification.notice.WorkflowFact.BoardVoteOverdue;
import org.charter.notification.notice.WorkflowFact.BudgetApprovalEscalated;
import org.charter.notification.roll.Appointments;
import org.charter.notification.roll.Appointments.DelegateTerm;
import org.charter.notification.roll.Recipient;
import org.charter.notification.roll.Roll;
import org.charter.notification.seat.InMemorySeats;
import org.junit.jupiter.api.Test;

/** A budget's approval escalated "to the chair" reaches whoever holds the Executive Committee's CHAIR seat, or shows it reached nobody. */
class BudgetEscalationNoticesTest {

    static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant MARCH_1 = Instant.parse("2027-03-01T00:00:00Z");
    static final Instant JULY_1 = Instant.parse("2027-07-01T00:00:00Z");

    private final Roll roll = new Roll() {
        @Override
        public Appointments appointmentsOf(String memberId) {
            return new Appointments(memberId, List.of(new DelegateTerm(SINCE, memberId.toLowerCase() + "-del", "D")), List.of());
        }

        @Override
        public List<String> votingMembersAt(Instant at) {
            return List.of("CA", "WA", "HI");
        }
    };
    private final Noticing noticing = new Noticing(roll, new InMemoryPolls(), new InMemorySeats());

    @Test
    void an_escalation_goes_to_the_chair_seat_holder_alone_with_the_budget_year_reason_and_date() {
        seatRoster();

        List<Notice> notices = noticing.noticesOf(event(escalated("EXECUTIVE_REVIEW_OVERDUE", MARCH_1), MARCH_1));

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(new Recipient("chair-ca", "Cam", "CA", Recipient.Role.SEAT_HOLDER));
            assertThat(n.kind()).isEqualTo(NoticeKind.BUDGET_ESCALATED);
            assertThat(n.motionId()).isEqualTo("FY2027-B1");
            assertThat(n.pollId()).isEqualTo("FY2027");
            assertThat(n.outcome()).isEqualTo("EXECUTIVE_REVIEW_OVERDUE");
            assertThat(n.closesAt()).isEqualTo(MARCH_1);
            assertThat(n.version()).isEqualTo(2);
            assertThat(n.subject()).isEqualTo("FY2027-B1");
        });
    }

    @Test
    void the_chair_is_who_holds_the_seat_when_the_process_escalated_not_before_nor_after() {
        seatRoster();
        // succession on July 1: the chair-elect becomes chair
        noticing.noticesOf(event(new ElectionFact.SeatVacated("CHAIR", 1, "chair-ca", "CA", JULY_1), JULY_1));
        noticing.noticesOf(event(new ElectionFact.SeatTaken("CHAIR", 1, "elect-wa", "Wes", "WA", JULY_1), JULY_1));

        assertThat(noticing.noticesOf(event(escalated("BOARD_DECISION_OVERDUE", MARCH_1), JULY_1)))
                .extracting(n -> n.recipient().personId()).containsExactly("chair-ca");
        assertThat(noticing.noticesOf(event(escalated("YEAR_CONTINUING", JULY_1.plusSeconds(30 * 86400L), JULY_1), JULY_1)))
                .extracting(n -> n.recipient().personId()).containsExactly("elect-wa");
    }

    @Test
    void with_no_chair_seated_the_notice_goes_to_the_vacant_seat_so_that_the_gap_is_recorded_not_dropped() {
        noticing.noticesOf(event(new ElectionFact.SeatTaken("AT_LARGE_K12", 1, "k12-hi", "Hal", "HI", SINCE), SINCE));
        noticing.noticesOf(event(new ElectionFact.SeatTaken("CHAIR", 1, "chair-ca", "Cam", "CA", SINCE), SINCE));
        noticing.noticesOf(event(new ElectionFact.SeatVacated("CHAIR", 1, "chair-ca", "CA", MARCH_1.minusSeconds(60)), SINCE));

        assertThat(noticing.noticesOf(event(escalated("EXECUTIVE_REVIEW_OVERDUE", MARCH_1), MARCH_1))).singleElement()
                .satisfies(n -> {
                    assertThat(n.recipient()).isEqualTo(Recipient.vacantSeat("EXECUTIVE_COMMITTEE", "CHAIR"));
                    assertThat(n.recipient().personId()).isEqualTo("vacant:EXECUTIVE_COMMITTEE/CHAIR");
                    assertThat(n.recipient().isPerson()).isFalse();
                    assertThat(n.kind()).isEqualTo(NoticeKind.BUDGET_ESCALATED);
                });
    }

    @Test
    void model_version_2s_board_vote_overdue_goes_to_the_chair_too_without_a_fiscal_year() {
        seatRoster();
        Instant passed = Instant.parse("2027-05-01T00:00:00Z");

        assertThat(noticing.noticesOf(event(new BoardVoteOverdue("p-9", "FY2027-B1", 1, "P30D", "CHAIR", passed), passed)))
                .singleElement().satisfies(n -> {
                    assertThat(n.recipient().personId()).isEqualTo("chair-ca");
                    assertThat(n.kind()).isEqualTo(NoticeKind.BUDGET_ESCALATED);
                    assertThat(n.pollId()).isNull();
                    assertThat(n.outcome()).isEqualTo("BOARD_VOTE_OVERDUE");
                    assertThat(n.closesAt()).isEqualTo(passed);
                    assertThat(n.version()).isEqualTo(1);
                });
    }

    @Test
    void the_same_escalation_redelivered_makes_the_same_notice_under_the_same_event_id() {
        seatRoster();
        var once = event(escalated("BOARD_DECISION_OVERDUE", MARCH_1), MARCH_1);

        assertThat(noticing.noticesOf(once)).isEqualTo(noticing.noticesOf(once));
    }

    private void seatRoster() {
        noticing.noticesOf(event(new CommitteeFact.ExecutiveRosterRecorded("EXECUTIVE_COMMITTEE", List.of(
                new CommitteeFact.ExecutiveRosterRecorded.Seat("CHAIR_ELECT", 1, "elect-wa", "Wes", "WA", SINCE, JULY_1),
                new CommitteeFact.ExecutiveRosterRecorded.Seat("CHAIR", 1, "chair-ca", "Cam", "CA", SINCE, null),
                new CommitteeFact.ExecutiveRosterRecorded.Seat("AT_LARGE_K12", 1, "k12-hi", "Hal", "HI", SINCE, null))), SINCE));
    }

    private static BudgetApprovalEscalated escalated(String reason, Instant due) {
        return escalated(reason, due, due);
    }

    private static BudgetApprovalEscalated escalated(String reason, Instant due, Instant at) {
        return new BudgetApprovalEscalated("p-1", "FY2027-B1", 2, "FY2027", reason, due, "CHAIR", at);
    }
}
