package org.charter.committee.committee;

import java.time.Clock;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.CommandContext;

/** Use case: the secretary creates an advisory committee or one of the four work groups. */
public class EstablishingCommittees {

    private final Committees committees;
    private final Clock clock;

    public EstablishingCommittees(Committees committees, Clock clock) {
        this.committees = committees;
        this.clock = clock;
    }

    public Recorded<Committee> establish(EstablishCommittee command, CommandContext context) {
        var events = Committee.establish(command.id(), command.type(), command.name(), command.purpose(), clock.instant());
        return committees.create(CommitteeId.of(command.id()), events, context);
    }

    /** Command: the new body's id, kind, name and purpose. */
    public record EstablishCommittee(String id, CommitteeType type, String name, String purpose) {
    }
}
