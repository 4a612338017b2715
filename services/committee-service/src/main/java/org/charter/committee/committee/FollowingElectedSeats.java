package org.charter.committee.committee;

import java.time.Clock;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.RecordedEvent;

/**
 * The Executive Committee's seats follow the election service (DOMAIN.md §5.7): each
 * {@code SeatTaken} and {@code SeatVacated} on {@code charter.election.events} is recorded on the
 * committee's stream once, keyed by the election event's id, so a redelivery — even one the
 * consumer's own memory missed — records nothing; the roster read works the holders out of all
 * the facts at once, so their order does not matter either.
 */
public class FollowingElectedSeats {

    private final Committees committees;
    private final Clock clock;

    public FollowingElectedSeats(Committees committees, Clock clock) {
        this.committees = committees;
        this.clock = clock;
    }

    public void on(RecordedEvent event) {
        String eventId = event.id().toString();
        CommandContext context = CommandContext.system().causedBy(event);
        if (event.data() instanceof ElectionFact.SeatTaken taken) {
            committees.decide(CommitteeId.EXECUTIVE_COMMITTEE, context, clock.instant(),
                    ec -> ec.followSeatTaken(taken, eventId, clock.instant()));
        } else if (event.data() instanceof ElectionFact.SeatVacated vacated) {
            followSeatVacated(vacated, eventId, context);
        } else if (event.data() instanceof ElectionFact.SeatVacatedV2 vacated) {
            followSeatVacated(vacated.asCurrent(), eventId, context);
        } else if (event.data() instanceof ElectionFact.SeatVacatedV1 vacated) {
            followSeatVacated(vacated.asCurrent(), eventId, context);
        }
    }

    private void followSeatVacated(ElectionFact.SeatVacated vacated, String eventId, CommandContext context) {
        committees.decide(CommitteeId.EXECUTIVE_COMMITTEE, context, clock.instant(),
                ec -> ec.followSeatVacated(vacated, eventId, clock.instant()));
    }
}
