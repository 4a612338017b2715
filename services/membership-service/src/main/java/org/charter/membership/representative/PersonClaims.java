package org.charter.membership.representative;

import java.util.List;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.error.Conflict;
import org.charter.platform.event.CommandContext;

/** Person claims as event streams ({@code person:<id>}). */
public final class PersonClaims extends EventSourcedRepository<PersonId, PersonClaim, PersonClaimed> {

    public PersonClaims(EventStreams streams) {
        super(PersonClaim.KIND, streams, List.of());
    }

    /** The person's claim, unclaimed when nobody has claimed the person yet. */
    public PersonClaim load(PersonId person) {
        return find(person).orElseGet(() -> PersonClaim.unclaimed(person));
    }

    /**
     * Records the claim at the version it was decided on, once. Losing the race means another
     * member is appointing the same person at this very moment: deciding again could not see
     * that member's appointment yet, so the command is refused with 409 instead.
     */
    public void record(PersonId person, PersonClaim claim, List<PersonClaimed> events, CommandContext context) {
        appendOnce(person, claim, events, context).orElseThrow(() -> Conflict.momentary("PERSON_BEING_APPOINTED",
                person + " is being appointed by another member at this moment; a person represents one member",
                version(person)));
    }

    private long version(PersonId person) {
        return find(person).map(PersonClaim::version).orElse(0L);
    }
}
