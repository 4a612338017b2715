package org.charter.voting.decision;

import java.time.Instant;
import java.util.Objects;

/** One member's vote as appended by the server, {@code at} being the server append time. */
public record CastVote(String member, Choice choice, Instant at) {

    public CastVote {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(at, "at");
    }
}
