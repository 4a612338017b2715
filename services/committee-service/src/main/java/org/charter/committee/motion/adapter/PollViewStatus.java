package org.charter.committee.motion.adapter;

import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollStatus;

/** The contract's statuses (SCHEDULED, OPEN, CLOSED): a poll cancelled for want of an electorate reads CLOSED. */
public final class PollViewStatus {

    private PollViewStatus() {
    }

    public static String of(Poll poll) {
        return poll.status() == PollStatus.CANCELLED ? PollStatus.CLOSED.name() : poll.status().name();
    }
}
