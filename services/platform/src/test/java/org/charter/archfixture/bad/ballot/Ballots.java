package org.charter.archfixture.bad.ballot;

import org.charter.platform.eventstore.MongoEventStore;

/** A domain class that breaks the rules on purpose: it reaches for the MongoDB store. */
public class Ballots {

    private final MongoEventStore store;

    public Ballots(MongoEventStore store) {
        this.store = store;
    }

    public long count(String ballot) {
        return store.load(ballot).size();
    }
}
