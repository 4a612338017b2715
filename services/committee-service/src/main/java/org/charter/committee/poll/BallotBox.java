package org.charter.committee.poll;

import java.util.Collection;
import java.util.List;

/** Where the answers of a poll are kept: one stream per member (DESIGN.md §4). */
public interface BallotBox {

    /** Every answer recorded in the poll by these members, each member's in the order recorded. */
    List<Ballot> ballotsOf(PollId poll, Collection<String> members);
}
