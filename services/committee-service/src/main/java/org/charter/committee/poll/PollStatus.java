package org.charter.committee.poll;

/**
 * Where a poll is: {@code SCHEDULED} until its opening is recorded (with the electorate frozen at
 * {@code opensAt}), {@code OPEN}, then {@code CLOSED} (counted once the votes still in flight have
 * landed), or {@code CANCELLED} when nobody could vote in it (§8.14).
 */
public enum PollStatus {
    SCHEDULED,
    OPEN,
    CLOSED,
    CANCELLED
}
