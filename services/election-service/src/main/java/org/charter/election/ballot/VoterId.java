package org.charter.election.ballot;

/** A member's place in a contest's "has voted" register: the stream {@code voter:<contest>:<member>}. */
public record VoterId(String contestId, String member) {

    public String streamId() {
        return "voter:" + contestId + ":" + member;
    }

    @Override
    public String toString() {
        return contestId + "/" + member;
    }
}
