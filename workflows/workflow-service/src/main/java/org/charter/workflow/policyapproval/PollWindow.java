package org.charter.workflow.policyapproval;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When a poll the process opens is open, and when its reminders are due (DOMAIN.md §3.5:
 * reminders 72 h and 24 h before close). The process owns this calendar; the committee service
 * closes the poll at {@code closesAt} by itself.
 */
public record PollWindow(Instant opensAt, Instant closesAt, Instant firstReminderAt, Instant secondReminderAt) {

    /** A window opening now for {@code length}, with the reminders {@code firstLead} and {@code secondLead} before it closes. */
    public static PollWindow opening(Instant now, Duration length, Duration firstLead, Duration secondLead) {
        Instant opens = now.truncatedTo(ChronoUnit.MILLIS);
        Instant closes = opens.plus(length);
        return new PollWindow(opens, closes, closes.minus(firstLead), closes.minus(secondLead));
    }

    /**
     * Whether a reminder due at {@code reminderAt} is worth sending: only inside the window. A
     * window shorter than the reminder's lead time has nobody to remind yet when it opens.
     */
    public static boolean remindsAt(Instant opensAt, Instant closesAt, Instant reminderAt) {
        return reminderAt.isAfter(opensAt) && reminderAt.isBefore(closesAt);
    }
}
