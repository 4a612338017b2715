package org.charter.workflow.poll;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When a poll a process opens is open, and when its reminders are due (DOMAIN.md §3.5:
 * reminders 72 h and 24 h before close, to non-responders). Every process that opens polls (the
 * policy approval's rounds and vote, the budget approval's Executive Committee poll and Board
 * vote) owns this calendar; the committee service closes the poll at {@code closesAt} by itself.
 */
public record PollWindow(Instant opensAt, Instant closesAt, Instant firstReminderAt, Instant secondReminderAt) {

    /** DOMAIN.md §3.5's first reminder: 72 hours before the window closes. */
    public static final Duration FIRST_REMINDER = Duration.ofHours(72);
    /** DOMAIN.md §3.5's second reminder: 24 hours before the window closes. */
    public static final Duration SECOND_REMINDER = Duration.ofHours(24);

    /** A window opening now for {@code length}, with the reminders {@code firstLead} and {@code secondLead} before it closes. */
    public static PollWindow opening(Instant now, Duration length, Duration firstLead, Duration secondLead) {
        Instant opens = now.truncatedTo(ChronoUnit.MILLIS);
        Instant closes = opens.plus(length);
        return new PollWindow(opens, closes, closes.minus(firstLead), closes.minus(secondLead));
    }

    /**
     * Whether a reminder due at {@code reminderAt} is worth sending: only inside the window. A
     * window shorter than the reminder's lead time has nobody to remind yet when it opens (its
     * timer, due in the past, fires at once and is skipped).
     */
    public static boolean remindsAt(Instant opensAt, Instant closesAt, Instant reminderAt) {
        return reminderAt.isAfter(opensAt) && reminderAt.isBefore(closesAt);
    }
}
