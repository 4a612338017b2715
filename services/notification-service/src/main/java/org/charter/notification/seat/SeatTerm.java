package org.charter.notification.seat;

import java.time.Instant;

/**
 * A person's place on a committee from {@code from} until {@code until} (exclusive; null while open):
 * an Executive Committee seat as the secretary's roster or the election's {@code SeatTaken} gave it,
 * or a participation in another body as the committee's {@code CommitteeMemberJoined} did.
 *
 * @param seat     the Executive Committee position and number ({@code AT_LARGE_K12/2}); null on other bodies
 * @param memberId the member the person takes part for; null for an independent expert
 */
public record SeatTerm(String committeeId, String seat, String personId, String name, String memberId, Instant from,
                       Instant until) {
}
