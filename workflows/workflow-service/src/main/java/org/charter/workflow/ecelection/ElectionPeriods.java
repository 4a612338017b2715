package org.charter.workflow.ecelection;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.workflow.process.PeriodOverrides;

/**
 * The calendar of one Executive Committee election (DOMAIN.md §5.1), relative to ballot opening
 * {@code T}: defaults a secretary may override per start, so a consortium changes them without
 * code and a test or a demo runs a whole cycle in minutes. All but {@code certification} are the
 * election service's own periods, passed to it when the process calls the election, so the
 * service's calendar and the process's timers are one calendar.
 *
 * @param nominationsOpen  nominations open at {@code T − nominationsOpen} (45 days)
 * @param nominationsClose nominations close at {@code T − nominationsClose} (21 days)
 * @param acceptance       nominees accept by {@code T − acceptance} (14 days)
 * @param slate            the slate at {@code T − slate} (10 days): the nomination period's timer ends there
 * @param ballot           the ballot is open from {@code T} for {@code ballot} (7 days): the voting period
 * @param reopening        a contest with too few candidates reopens for {@code reopening} (14 days)
 * @param certification    the secretary certifies within {@code certification} of the count (5 days, the task's due date)
 */
public record ElectionPeriods(Duration nominationsOpen, Duration nominationsClose, Duration acceptance, Duration slate,
                              Duration ballot, Duration reopening, Duration certification) {

    public static final ElectionPeriods DEFAULTS = new ElectionPeriods(Duration.ofDays(45), Duration.ofDays(21),
            Duration.ofDays(14), Duration.ofDays(10), Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(5));

    /** The names a start request uses, in the order documented. */
    public static final List<String> NAMES = List.of("nominationsOpen", "nominationsClose", "acceptance", "slate", "ballot",
            "reopening", "certification");

    public ElectionPeriods {
        PeriodOverrides.requirePositive(List.of(nominationsOpen, nominationsClose, acceptance, slate, ballot, reopening,
                certification));
    }

    /** The defaults with overrides, each an ISO-8601 duration; an unknown name or a bad value is refused (400) naming it. */
    public static ElectionPeriods defaultsWith(Map<String, String> overrides) {
        return of(PeriodOverrides.apply(DEFAULTS.asMap(), overrides));
    }

    public static ElectionPeriods of(Map<String, Duration> byName) {
        return new ElectionPeriods(byName.get("nominationsOpen"), byName.get("nominationsClose"), byName.get("acceptance"),
                byName.get("slate"), byName.get("ballot"), byName.get("reopening"), byName.get("certification"));
    }

    public Map<String, Duration> asMap() {
        Map<String, Duration> map = new LinkedHashMap<>(servicePeriods());
        map.put("certification", certification);
        return map;
    }

    /** The periods the election service keeps (all but the certification's due date, which is the process's). */
    public Map<String, Duration> servicePeriods() {
        Map<String, Duration> map = new LinkedHashMap<>();
        map.put("nominationsOpen", nominationsOpen);
        map.put("nominationsClose", nominationsClose);
        map.put("acceptance", acceptance);
        map.put("slate", slate);
        map.put("ballot", ballot);
        map.put("reopening", reopening);
        return map;
    }
}
