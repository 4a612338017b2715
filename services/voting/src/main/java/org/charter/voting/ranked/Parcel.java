package org.charter.voting.ranked;

import java.math.BigDecimal;

/** Papers of the same value held by one candidate, as the rules sort them into parcels. */
final class Parcel {

    final BigDecimal value;
    final IntList ballots = new IntList();
    long papers;

    Parcel(BigDecimal value) {
        this.value = value;
    }

    void add(int ballot, long weight) {
        ballots.add(ballot);
        papers += weight;
    }

    BigDecimal votes() {
        return value.multiply(BigDecimal.valueOf(papers));
    }
}
