package org.charter.committee.vote;

import org.charter.committee.poll.PollId;

/** One member's answers in one poll: the stream {@code vote:<poll>:<member>}, so voters never contend. */
public record VoteId(PollId poll, String member) {

    public String streamId() {
        return "vote:" + poll.value() + ":" + member;
    }

    @Override
    public String toString() {
        return poll + "/" + member;
    }
}
