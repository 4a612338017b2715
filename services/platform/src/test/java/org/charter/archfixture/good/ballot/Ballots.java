package org.charter.archfixture.good.ballot;

import org.charter.platform.error.NotFound;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;

/** A domain class that keeps the rules: platform API only. */
public class Ballots {

    private final EventStore store;

    public Ballots(EventStore store) {
        this.store = store;
    }

    public boolean cast(String ballot) {
        if (store.load(ballot).isEmpty()) {
            throw new NotFound("BALLOT_NOT_FOUND", "no ballot " + ballot);
        }
        return store.append(ballot, 1, java.util.List.of(), org.charter.platform.event.CommandContext.system())
                instanceof AppendResult.Appended;
    }
}
