package org.charter.audit.replay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.meeting.AgendaItemKind;
import org.charter.committee.meeting.Arrangements;
import org.charter.committee.meeting.Meeting;
import org.charter.committee.meeting.MeetingFormat;
import org.charter.committee.meeting.MeetingId;
import org.charter.committee.meeting.Presence;
import org.charter.election.election.Election.Elected;
import org.charter.election.position.Position;
import org.charter.election.position.Positions;
import org.charter.election.seat.ExecutiveCommittee;
import org.charter.election.seat.SeatEvent.VacatedReason;
import org.charter.membership.collaborative.Collaborative;
import org.charter.membership.collaborative.CollaborativeId;
import org.charter.membership.collaborative.ProgramYear;
import org.charter.membership.member.MemberId;
import org.charter.membershiproll.member.RepresentativeRole;

/**
 * A scripted history of the bodies around the polls, made with the services' own commands: a
 * Governing Board meeting scheduled, opened, attended, adjourned and minuted; the Executive
 * Committee's Treasurer seated at term start, resigning, and an interim
 * Treasurer seated; a collaborative created, two members
 * enrolled and one leaving. Kept apart from {@link Governance}, whose history the ITs publish
 * through the membership, committee and budget services only.
 */
public final class Bodies {

    public static final String MEETING = "mt-replay0001";
    public static final String SEATS = ExecutiveCommittee.ID;
    public static final String COLLABORATIVE = "early-childhood";
    public static final Instant JUL = Instant.parse("2026-07-01T07:00:00Z");
    public static final Instant SEP = Instant.parse("2026-09-14T10:00:00Z");
    public static final Instant OCT = Instant.parse("2026-10-05T10:00:00Z");

    private static final Positions POSITIONS = new Positions(List.of(new Position("Treasurer", 1,
            Set.of(RepresentativeRole.DELEGATE), 2, null, Position.ElectionCycle.EVERY_YEAR, 1)), 1);

    private Bodies() {
    }

    public static Script script(Function<Object, Object> render) {
        Script script = new Script(render);
        meeting(script);
        seats(script);
        collaborative(script);
        return script;
    }

    private static void meeting(Script script) {
        MeetingId id = MeetingId.of(MEETING);
        String stream = id.streamId();
        Instant starts = Governance.FEB;
        var scheduled = Meeting.schedule(id, CommitteeId.GOVERNING_BOARD, "February board meeting",
                new Arrangements(MeetingFormat.HYBRID, starts, starts.plus(Duration.ofHours(2)), "Sacramento",
                        "https://meet.example.org/gb", Governance.JAN), "Governing Board", Governance.JAN);
        Meeting meeting = Meeting.replay(scheduled);
        script.created("committee", stream, scheduled, Governance.JAN);
        script.note("meeting", MEETING, meeting, Governance.JAN);
        step(script, "meeting", MEETING, stream, meeting, meeting.addAgendaItem(AgendaItemKind.REPORT, "Treasurer's report",
                null, null, "treasurer-1", Governance.JAN.plus(Duration.ofDays(3))), Governance.JAN.plus(Duration.ofDays(3)));
        step(script, "meeting", MEETING, stream, meeting, meeting.open(Governance.MEMBERS, starts), starts);
        Instant taken = starts.plusSeconds(300);
        step(script, "meeting", MEETING, stream, meeting, meeting.recordAttendance(List.of(
                new Meeting.AttendanceEntry("GU", Presence.PRESENT_IN_PERSON, "person-GU"),
                new Meeting.AttendanceEntry("PR", Presence.PRESENT_ONLINE, "person-PR")), taken), taken);
        Instant adjourned = starts.plus(Duration.ofMinutes(90));
        step(script, "meeting", MEETING, stream, meeting, meeting.adjourn(adjourned), adjourned);
        step(script, "meeting", MEETING, stream, meeting, meeting.draftMinutes("The board met and heard the report.",
                Governance.MAR), Governance.MAR);
    }

    private static void seats(Script script) {
        ExecutiveCommittee seats = ExecutiveCommittee.empty();
        Elected treasurer = new Elected("e-2026", "c-treasurer", "Treasurer", "person-GU", "Gu Treasurer", "GU", true);
        step(script, "seats", SEATS, SEATS, seats, seats.startTerm(LocalDate.parse("2026-07-01"), List.of(treasurer),
                POSITIONS, JUL, JUL), JUL);
        step(script, "seats", SEATS, SEATS, seats, seats.vacate("Treasurer", 1, VacatedReason.RESIGNED, POSITIONS, SEP), SEP);
        step(script, "seats", SEATS, SEATS, seats, seats.seatInterim("Treasurer", 1, "person-PR", "Pr Treasurer", "PR",
                "EC-2026-10", POSITIONS, OCT), OCT);
    }

    private static void collaborative(Script script) {
        CollaborativeId id = CollaborativeId.of(COLLABORATIVE);
        String stream = id.streamId();
        var created = Collaborative.create(id, "Early Childhood", "Programs for the youngest", Governance.MAR);
        Collaborative collaborative = Collaborative.replay(created);
        script.created("membership", stream, created, Governance.MAR);
        script.note("collaborative", COLLABORATIVE, collaborative, Governance.MAR);
        ProgramYear year = ProgramYear.parse("2026-27");
        for (String member : Governance.MEMBERS) {
            Instant at = Governance.APR.plus(Duration.ofDays(Governance.MEMBERS.indexOf(member)));
            step(script, "collaborative", COLLABORATIVE, stream, collaborative,
                    collaborative.enrol(MemberId.of(member).value(), year, 25_000_00L, List.of("person-" + member), at), at);
        }
        step(script, "collaborative", COLLABORATIVE, stream, collaborative,
                collaborative.leave("PR", year, SEP, SEP), SEP);
    }

    private static <E extends org.charter.platform.event.DomainEvent> void step(
            Script script, String kind, String id, String stream, org.charter.platform.aggregate.EventSourced<E> live,
            List<? extends E> decided, Instant at) {
        String context = switch (kind) {
            case "meeting" -> "committee";
            case "seats" -> "election";
            default -> "membership";
        };
        script.record(context, stream, live, decided, at);
        script.note(kind, id, live, at);
    }
}
