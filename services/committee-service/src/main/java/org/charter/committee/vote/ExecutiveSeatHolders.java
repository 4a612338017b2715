package org.charter.committee.vote;

import java.time.Instant;
import java.util.Optional;

/** Where a vote in an Executive Committee poll finds the seat its voter holds. */
@FunctionalInterface
public interface ExecutiveSeatHolders {

    /** The member whose Executive Committee seat {@code personId} holds at {@code at}, if any (§2.2). */
    Optional<String> memberSeatedAs(String personId, Instant at);

    /** For a setting without the Executive Committee: nobody holds a seat. */
    static ExecutiveSeatHolders none() {
        return (personId, at) -> Optional.empty();
    }
}
