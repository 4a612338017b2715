package org.charter.benchmark.eventstore;

import java.time.Instant;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/** A vote-sized event: the hot path of Charter (one vote is its own stream). */
@EventType(context = "bench", name = "Voted", version = 1)
public record Voted(String pollId, String memberId, String choice, Instant castAt) implements DomainEvent {
}
