package org.charter.committee.vote;

import java.time.Instant;
import org.charter.committee.poll.Answer;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/** The facts on a member's vote stream in one poll. */
public sealed interface VoteEvent extends DomainEvent {

    String pollId();

    String memberId();

    /** The member's one formal vote (§3), cast by its delegate or an alternate ({@code castBy}); final. */
    @EventType(name = "VoteCast", version = 1)
    record VoteCast(String pollId, String memberId, Answer choice, Instant castAt, String castBy) implements VoteEvent {
    }

    /** A position in a consensus round (§4.1); a later one replaces it, all are kept. */
    @EventType(name = "PositionStated", version = 1)
    record PositionStated(String pollId, String memberId, Answer position, String reason, Instant statedAt, String statedBy)
            implements VoteEvent {
    }
}
