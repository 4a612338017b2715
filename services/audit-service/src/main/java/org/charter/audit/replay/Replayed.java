package org.charter.audit.replay;

import java.time.Instant;

/**
 * The state of one aggregate as of an instant, rebuilt by its own service's domain code.
 *
 * @param by          the timeline {@code asOf} is on: recorded (what the service held) or effective (what the rules say)
 * @param version     how many events of its stream count by {@code asOf} on that timeline
 * @param lastEventAt the time of the last of them
 * @param state       the aggregate (or, for a poll, the poll within its motion) as its service's code rebuilt it
 */
public record Replayed(String kind, String id, Instant asOf, Timeline by, long version, Instant lastEventAt, Object state) {
}
