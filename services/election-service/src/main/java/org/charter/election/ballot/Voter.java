package org.charter.election.ballot;

import java.util.List;
import org.charter.election.ballot.VoterEvent.MemberVoted;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;

/**
 * A member's entry in a contest's "has voted" register, in its own stream: the stream's first
 * append is the member's one ballot, so a second is impossible at the storage level (the event
 * store refuses an append at a version already taken).
 */
public final class Voter implements EventSourced<VoterEvent> {

    public static final AggregateKind<VoterId, Voter, VoterEvent> KIND =
            AggregateKind.of("voter", VoterEvent.class, VoterId::streamId, Voter::replay);

    private final VoterId id;
    private String attempt;
    private long version;

    private Voter(VoterId id) {
        this.id = id;
    }

    public static Voter none(VoterId id) {
        return new Voter(id);
    }

    public static Voter replay(List<? extends VoterEvent> events) {
        MemberVoted first = (MemberVoted) events.get(0);
        Voter voter = new Voter(new VoterId(first.contestId(), first.memberId()));
        events.forEach(voter::apply);
        return voter;
    }

    public List<VoterEvent> vote(String attempt) {
        return List.of(new MemberVoted(id.contestId(), id.member(), attempt));
    }

    public VoterId id() {
        return id;
    }

    public boolean hasVoted() {
        return attempt != null;
    }

    /** Whether this register entry was written by the attempt that holds this value. */
    public boolean registeredBy(String candidateAttempt) {
        return attempt != null && attempt.equals(candidateAttempt);
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void apply(VoterEvent event) {
        if (event instanceof MemberVoted voted && attempt == null) {
            attempt = voted.attempt();
        }
        version++;
    }
}
