package org.charter.archfixture.good.ballot;

import org.charter.platform.error.NotFound;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;
import org.charter.platform.security.Delegation;
import org.charter.platform.security.DelegationRoster;

/** A domain class that keeps the rules: platform API only (the delegation rule included). */
public class Ballots {

    private final EventStore store;

    public Ballots(EventStore store) {
        this.store = store;
    }

    public boolean cast(String ballot, org.charter.platform.event.Actor actor, DelegationRoster roll) {
        Delegation.requireDelegateOf(actor, "CA", java.time.Instant.EPOCH, roll);
        if (store.load(ballot).isEmpty()) {
            throw new NotFound("BALLOT_NOT_FOUND", "no ballot " + ballot);
        }
        return store.append(ballot, 1, java.util.List.of(), org.charter.platform.event.CommandContext.system())
                instanceof AppendResult.Appended;
    }
}
