package org.charter.workflow.policyapproval;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.workflow.poll.PollWindow;
import org.charter.workflow.process.PeriodOverrides;

/**
 * The procedure's calendar of one policy approval (DOMAIN.md §3.5, §4.3–4.4): defaults that a
 * secretary may override per start, so a consortium changes them without code and a test or a
 * demo runs a whole cycle in minutes. Minimums (e.g. §4.3's "at least 7 days of comment") are
 * the procedure's, not checked here: they are the secretary's to respect.
 *
 * @param notice         before the first consensus round opens (14 days)
 * @param comment        after a revision, before the next round opens (14 days, ending at opening)
 * @param round          how long a consensus round is open (7 days)
 * @param voteNotice     after the last round failed, before the formal vote opens (7 days, §4.4)
 * @param vote           how long the formal vote is open (7 days)
 * @param firstReminder  how long before a window closes the first reminder goes out (72 hours)
 * @param secondReminder how long before a window closes the second reminder goes out (24 hours)
 */
public record Periods(Duration notice, Duration comment, Duration round, Duration voteNotice, Duration vote,
                      Duration firstReminder, Duration secondReminder) {

    public static final Periods DEFAULTS = new Periods(Duration.ofDays(14), Duration.ofDays(14), Duration.ofDays(7),
            Duration.ofDays(7), Duration.ofDays(7), PollWindow.FIRST_REMINDER, PollWindow.SECOND_REMINDER);

    /** The names a start request uses, in the order documented. */
    public static final List<String> NAMES = List.of("notice", "comment", "round", "voteNotice", "vote",
            "firstReminder", "secondReminder");

    public Periods {
        PeriodOverrides.requirePositive(List.of(notice, comment, round, voteNotice, vote, firstReminder, secondReminder));
    }

    /**
     * The defaults with the given overrides, each an ISO-8601 duration ({@code P14D}, {@code PT72H},
     * {@code PT2M}); an unknown name or an unreadable, zero or negative value is refused (400)
     * naming the field.
     */
    public static Periods defaultsWith(Map<String, String> overrides) {
        return of(PeriodOverrides.apply(DEFAULTS.asMap(), overrides));
    }

    /** The periods by name, in the order of {@link #NAMES}. */
    public Map<String, Duration> asMap() {
        Map<String, Duration> map = new LinkedHashMap<>();
        map.put("notice", notice);
        map.put("comment", comment);
        map.put("round", round);
        map.put("voteNotice", voteNotice);
        map.put("vote", vote);
        map.put("firstReminder", firstReminder);
        map.put("secondReminder", secondReminder);
        return map;
    }

    /** Rebuilds periods from {@link #asMap()}'s names (e.g. read back from process variables). */
    public static Periods of(Map<String, Duration> byName) {
        return new Periods(byName.get("notice"), byName.get("comment"), byName.get("round"), byName.get("voteNotice"),
                byName.get("vote"), byName.get("firstReminder"), byName.get("secondReminder"));
    }
}
