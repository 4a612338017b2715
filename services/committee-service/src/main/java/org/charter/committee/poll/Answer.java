package org.charter.committee.poll;

import org.charter.voting.consensus.Position;
import org.charter.voting.decision.Choice;

/** What a member may answer: a formal vote's choice (§3) or a consensus round's position (§4.1). */
public enum Answer {
    YES(PollType.FORMAL_VOTE),
    NO(PollType.FORMAL_VOTE),
    ABSTAIN(PollType.FORMAL_VOTE),
    SUPPORT(PollType.CONSENSUS_ROUND),
    SUPPORT_WITH_RESERVATIONS(PollType.CONSENSUS_ROUND),
    STAND_ASIDE(PollType.CONSENSUS_ROUND),
    BLOCK(PollType.CONSENSUS_ROUND);

    private final PollType pollType;

    Answer(PollType pollType) {
        this.pollType = pollType;
    }

    public PollType pollType() {
        return pollType;
    }

    public Choice choice() {
        return Choice.valueOf(name());
    }

    public Position position() {
        return Position.valueOf(name());
    }

    public static Answer of(Choice choice) {
        return valueOf(choice.name());
    }

    public static Answer of(Position position) {
        return valueOf(position.name());
    }
}
