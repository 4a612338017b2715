package org.charter.membership.collaborative;

import java.time.Instant;
import java.util.List;

/** A member's participation in one program year; {@code leftAt} is null unless it left during the year. */
public record Enrolment(String memberId, ProgramYear year, long feeCents, List<String> participants,
                        Instant enrolledAt, Instant leftAt) {

    public boolean hasLeft() {
        return leftAt != null;
    }

    /** Taking part at an instant: the instant lies in the program year, and before the member left. */
    public boolean activeAt(Instant at) {
        return year.contains(at) && (leftAt == null || at.isBefore(leftAt));
    }

    Enrolment leavingAt(Instant at) {
        return new Enrolment(memberId, year, feeCents, participants, enrolledAt, at);
    }
}
