package org.charter.workflow.policyapproval;

import java.time.Duration;
import java.time.Instant;

/**
 * When a consensus round's window opens, decided in the job of the timer that ends the notice or
 * comment period (ADR 0072): at {@code dueAt}, the period's end fixed before the timer was set, so
 * a retried job sends the committee the same window under the same key. Two exceptions open it now
 * instead, and {@link #moved} says the new date must be committed before the committee is called
 * (the model's asynchronous continuation on that path):
 * <ul>
 * <li>the timer fired before {@code dueAt}, executed early by a secretary (Cockpit, the engine's
 * REST API): the round is wanted now, not days from now;</li>
 * <li>the job ran so late (the service was down) that the planned window has already closed: the
 * committee would refuse it ({@code POLL_WINDOW_OVER}), so the round gets its whole period from now.</li>
 * </ul>
 * A job on time, or late with part of the window left, opens at {@code dueAt} (the window shorter
 * by the delay). An instance without {@code dueAt} (its timer set before model version 3, its call
 * in a job of its own) opens now, nothing moved.
 */
public record RoundOpening(Instant opensAt, boolean moved) {

    public static RoundOpening of(Instant dueAt, Instant now, Duration round) {
        if (dueAt == null) {
            return new RoundOpening(now, false);
        }
        boolean early = now.isBefore(dueAt);
        boolean windowOver = !now.isBefore(dueAt.plus(round));
        return early || windowOver ? new RoundOpening(now, true) : new RoundOpening(dueAt, false);
    }
}
