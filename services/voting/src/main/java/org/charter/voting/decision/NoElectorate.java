package org.charter.voting.decision;

import java.time.Instant;

/** A poll cannot open when nobody may vote in it (DOMAIN.md §8.14, {@code 409 NO_ELECTORATE}). */
public class NoElectorate extends IllegalStateException {

    public NoElectorate(Instant opensAt) {
        super("NO_ELECTORATE: no GOVERNING member is ACTIVE at " + opensAt + ", so nobody could vote");
    }
}
