package org.charter.membership.representative;

import java.util.List;
import org.charter.platform.error.Conflict;
import org.charter.platform.event.CommandContext;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;

/** Person claims as event streams ({@code person:<id>}). */
public class PersonClaims {

    private final EventStore store;

    public PersonClaims(EventStore store) {
        this.store = store;
    }

    public PersonClaim load(PersonId person) {
        List<PersonClaimed> events = store.load(PersonClaim.streamId(person)).stream()
                .map(recorded -> (PersonClaimed) recorded.data())
                .toList();
        return PersonClaim.replay(person, events);
    }

    /**
     * Records the claim at the version it was decided on. Losing the race means another member
     * is appointing the same person at this very moment: the caller answers 409.
     */
    public void record(PersonId person, PersonClaim claim, List<PersonClaimed> events, CommandContext context) {
        if (events.isEmpty()) {
            return;
        }
        AppendResult result = store.append(PersonClaim.streamId(person), claim.version(), events, context);
        if (result instanceof AppendResult.Conflict conflict) {
            throw new Conflict("PERSON_BEING_APPOINTED", person + " is being appointed by another member at this moment;"
                    + " a person represents one member", conflict.actualVersion());
        }
    }
}
