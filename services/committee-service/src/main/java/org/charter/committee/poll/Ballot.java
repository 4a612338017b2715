package org.charter.committee.poll;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.charter.platform.error.RuleViolation;
import org.charter.voting.consensus.PositionTaken;
import org.charter.voting.decision.CastVote;

/**
 * One answer a member gave in a poll, as recorded: by whom ({@code castBy}, the delegate's or
 * alternate's person id) and at which server instant.
 */
public record Ballot(String member, Answer answer, String reason, Instant at, String castBy) {

    public Ballot {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(at, "at");
    }

    /**
     * Checks an answer against the poll it is for: a formal vote takes YES, NO or ABSTAIN and no
     * reason; a consensus round takes a position, with a reason for reservations and blocks.
     *
     * @return the reason, stripped, or null
     */
    public static String requireValid(PollType type, Answer answer, String reason) {
        if (answer.pollType() != type) {
            throw new RuleViolation("INVALID_CHOICE", "choice: " + answer + " is not an answer to a " + type + "; answer one of "
                    + Arrays.stream(Answer.values()).filter(a -> a.pollType() == type).toList());
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (type == PollType.FORMAL_VOTE && text != null) {
            throw new RuleViolation("REASON_NOT_ALLOWED", "reason: a formal vote is YES, NO or ABSTAIN without a reason;"
                    + " positions with reasons belong to consensus rounds");
        }
        if (type == PollType.CONSENSUS_ROUND && answer.position().needsText() && text == null) {
            throw new RuleViolation("REASON_REQUIRED", "reason: " + answer + " must say why ("
                    + (answer == Answer.BLOCK ? "a block cites the mission, procedure or law" : "the reservation") + ")");
        }
        return text;
    }

    CastVote castVote() {
        return new CastVote(member, answer.choice(), at);
    }

    PositionTaken positionTaken() {
        return new PositionTaken(member, answer.position(), reason, at);
    }
}
