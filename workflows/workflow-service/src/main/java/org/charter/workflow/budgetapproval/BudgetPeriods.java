package org.charter.workflow.budgetapproval;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.workflow.poll.PollWindow;
import org.charter.workflow.process.PeriodOverrides;

/**
 * The calendar of one budget approval (DOMAIN.md §3.5, §6.5): defaults a secretary may override
 * per start, so a consortium changes them without code and a test runs a whole approval in seconds.
 *
 * @param notice         before the Board vote opens, once the Executive Committee referred it (14 days; 30 for a fee schedule)
 * @param vote           how long the Board vote (and the Executive Committee's poll) is open (7 days)
 * @param firstReminder  how long before such a poll closes the first reminder goes out (72 hours; model version 5)
 * @param secondReminder how long before it closes the second reminder goes out (24 hours; model version 5)
 *
 * The calendar's dates (EC by March 1, Board by May 31) are {@link BudgetCalendar}'s; model version
 * 2's {@code deadline} (30 days from the start) is gone with it.
 */
public record BudgetPeriods(Duration notice, Duration vote, Duration firstReminder, Duration secondReminder) {

    public static final List<String> NAMES = List.of("notice", "vote", "firstReminder", "secondReminder");

    public BudgetPeriods {
        PeriodOverrides.requirePositive(List.of(notice, vote, firstReminder, secondReminder));
    }

    /** The defaults for a proposal decided by a motion of {@code motionKind}: a fee schedule's notice is 30 days (§3.5). */
    public static BudgetPeriods defaults(String motionKind) {
        return new BudgetPeriods("FEE_SCHEDULE".equals(motionKind) ? Duration.ofDays(30) : Duration.ofDays(14),
                Duration.ofDays(7), PollWindow.FIRST_REMINDER, PollWindow.SECOND_REMINDER);
    }

    /** The defaults with overrides, each an ISO-8601 duration; an unknown name or a bad value is refused (400) naming it. */
    public static BudgetPeriods defaultsWith(String motionKind, Map<String, String> overrides) {
        Map<String, Duration> values = PeriodOverrides.apply(defaults(motionKind).asMap(), overrides);
        return new BudgetPeriods(values.get("notice"), values.get("vote"), values.get("firstReminder"),
                values.get("secondReminder"));
    }

    /** Checks the overrides' names and values before anything else is asked (the kind fixes only a default). */
    public static void check(Map<String, String> overrides) {
        defaultsWith(null, overrides);
    }

    public Map<String, Duration> asMap() {
        Map<String, Duration> map = new LinkedHashMap<>();
        map.put("notice", notice);
        map.put("vote", vote);
        map.put("firstReminder", firstReminder);
        map.put("secondReminder", secondReminder);
        return map;
    }
}
