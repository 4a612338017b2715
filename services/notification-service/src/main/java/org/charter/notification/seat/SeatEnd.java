package org.charter.notification.seat;

import java.time.Instant;

/**
 * A person left a committee at {@code at}: the election's {@code SeatVacated} (one seat) or the
 * committee's {@code CommitteeMemberLeft} ({@code seat} null: every place the person had on the body).
 */
public record SeatEnd(String committeeId, String seat, String personId, Instant at) {
}
