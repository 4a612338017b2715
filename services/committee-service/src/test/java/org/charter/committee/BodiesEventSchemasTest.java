package org.charter.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.committee.committee.BodiesFixture.NOW;
import static org.charter.committee.committee.BodiesFixture.secretary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.charter.committee.committee.AppointingCommitteeMembers.AddMember;
import org.charter.committee.committee.BodiesFixture;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.committee.ElectionFact;
import org.charter.committee.committee.WorkGroup;
import org.charter.committee.meeting.AgendaItemKind;
import org.charter.committee.meeting.HoldingMeetings.AddAgendaItem;
import org.charter.committee.meeting.MeetingId;
import org.charter.committee.meeting.Presence;
import org.charter.committee.meeting.Meeting.AttendanceEntry;
import org.charter.committee.motion.MotionId;
import org.charter.committee.poll.PollType;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;

/**
 * Every event type of committees and meetings, produced by the real aggregates, matches its JSON
 * Schema in docs/events/committee/ (the API IT checks the same on the Kafka topic).
 */
class BodiesEventSchemasTest {

    @Test
    void every_committee_and_meeting_event_type_validates_against_its_schema() {
        BodiesFixture bodies = BodiesFixture.withBoard(5);
        CommitteeId board = CommitteeId.GOVERNING_BOARD;
        bodies.appointing.nameSecretary(board, "sam.secretary", "Sam Secretary", null, secretary());
        bodies.executiveRoster("M1", "M2", "M3", "M4", "M5");
        bodies.followingSeats.on(BodiesFixture.electionEvent(new ElectionFact.SeatVacated("CHAIR_ELECT", 1, "m2-lead", "M2",
                NOW, "RESIGNED")));
        bodies.followingSeats.on(BodiesFixture.electionEvent(new ElectionFact.SeatTaken("CHAIR_ELECT", 1, "m6-lead",
                "Lead of M6", "M6", java.time.LocalDate.of(2025, 7, 1), java.time.LocalDate.of(2026, 6, 30), NOW, "INTERIM")));
        CommitteeId group = bodies.workGroup(WorkGroup.ITEM_WRITING);
        CommitteeId tac = bodies.advisory("TECHNICAL_ADVISORY");
        bodies.join(group, "ann", "M1");
        bodies.appointing.addMember(tac, new AddMember("dr.psy", "Dr Psy", null, NOW, NOW.plus(Duration.ofDays(365))), secretary());
        bodies.appointing.nameChair(group, "ann", null, secretary());
        bodies.clock.advance(Duration.ofDays(1));
        bodies.appointing.removeMember(group, "ann", null, secretary());

        MeetingId cancelled = bodies.meeting(board, bodies.clock.instant().plus(Duration.ofDays(20)));
        bodies.scheduling.reschedule(board, cancelled, BodiesFixture.hybrid(bodies.clock.instant().plus(Duration.ofDays(21))),
                "room", secretary());
        bodies.scheduling.cancel(board, cancelled, "no business", secretary());
        MeetingId first = bodies.meeting(board, bodies.clock.instant());
        bodies.holding.addAgendaItem(board, first, new AddAgendaItem(AgendaItemKind.MOTION, null, bodies.motion().value(), null,
                null), secretary());
        bodies.holding.addAgendaItem(board, first, new AddAgendaItem(AgendaItemKind.REPORT, "Treasurer", null, null, "tess"),
                secretary());
        bodies.holding.addAgendaItem(board, first, new AddAgendaItem(AgendaItemKind.ELECTION, null, null, "FY2027", null),
                secretary());
        bodies.holding.open(board, first, secretary());
        bodies.holding.recordAttendance(board, first, List.of(new AttendanceEntry("M1", Presence.PRESENT_IN_PERSON, "m1-alt"),
                new AttendanceEntry("M2", Presence.PRESENT_ONLINE, null), new AttendanceEntry("M3", Presence.ABSENT, null)),
                secretary());
        bodies.holding.adjourn(board, first, secretary());
        bodies.minutes.draft(board, first, "Minutes", secretary());
        bodies.clock.advance(Duration.ofDays(30));
        MeetingId second = bodies.sitting(board, 3);
        bodies.minutes.approve(board, first, second.value(), secretary());
        MotionId held = bodies.motion();
        MotionId notOpened = bodies.motion();
        Instant at = bodies.clock.instant();
        bodies.polls.schedule(held, PollType.CONSENSUS_ROUND, at, at.plus(Duration.ofMinutes(30)), second.value(), secretary());
        bodies.polls.schedule(notOpened, PollType.CONSENSUS_ROUND, at.plus(Duration.ofMinutes(60)),
                at.plus(Duration.ofMinutes(80)), second.value(), secretary());
        bodies.polls.adjourn(board, second, secretary());

        List<RecordedEvent> recorded = new ArrayList<>();
        for (CommitteeId committee : List.of(board, CommitteeId.EXECUTIVE_COMMITTEE, group, tac)) {
            recorded.addAll(bodies.committees.history(committee));
        }
        for (MeetingId meeting : List.of(cancelled, first, second)) {
            recorded.addAll(bodies.meetings.history(meeting));
        }
        recorded.addAll(bodies.motions.history(held));
        recorded.addAll(bodies.motions.history(notOpened));
        EventSchemas schemas = EventSchemas.inRepository();
        Set<String> types = new TreeSet<>();
        for (RecordedEvent event : recorded) {
            schemas.validate(event);
            types.add(event.type().replace("charter.committee.", "").replace(".v1", ""));
        }
        assertThat(types).containsExactlyInAnyOrder("CommitteeEstablished", "CommitteeSecretaryNamed", "CommitteeMemberJoined",
                "CommitteeMemberLeft", "CommitteeChairNamed", "ExecutiveRosterRecorded", "ExecutiveSeatVacated", "ExecutiveSeatTaken", "MeetingScheduled", "MeetingRescheduled",
                "MeetingCancelled", "AgendaItemAdded", "MeetingOpened", "AttendanceRecorded", "MeetingAdjourned", "MinutesDrafted",
                "MinutesApproved", "MotionProposed", "PollScheduled", "PollHeldInMeeting", "PollOpened", "PollClosed",
                "PollCancelledByAdjournment");
    }
}
