package org.charter.workflow.budgetapproval;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charter.platform.error.InvalidRequest;

/**
 * The calendar dates of one budget approval (DOMAIN.md §6.3: "EC by March 1, Board by May 31"),
 * before the fiscal year the proposal is for starts (July 1, §6.1): the Executive Committee has
 * referred a version to the Board by the end of March 1, and the Board has decided by the end of
 * May 31; "by a day" is before the next day starts in the consortium's zone. FY2027
 * (2026-07-01..2027-06-30): the review by 2026-03-02T00:00 and the decision by 2026-06-01T00:00
 * in America/Los_Angeles. An amendment changes the budget of a year that is running, which these
 * dates precede: its dates are the year's end (after it, amending the year is moot).
 *
 * @param executiveReviewBy the instant the Executive Committee's review is due (the approval escalates to the chair
 *                          when no version was referred to the Board by then)
 * @param boardDecisionBy   the instant the Board's decision is due (escalates when the Board has not decided by then)
 */
public record BudgetCalendar(Instant executiveReviewBy, Instant boardDecisionBy) {

    /** The names a start's {@code deadlines} uses, in the documented order. */
    public static final List<String> NAMES = List.of("executiveReview", "boardDecision");

    static final MonthDay EXECUTIVE_REVIEW_DAY = MonthDay.of(3, 1);
    static final MonthDay BOARD_DECISION_DAY = MonthDay.of(5, 31);

    private static final Pattern FISCAL_YEAR = Pattern.compile("FY(\\d{4})");

    public BudgetCalendar {
        if (executiveReviewBy == null || boardDecisionBy == null) {
            throw new IllegalArgumentException("both dates are set");
        }
        if (boardDecisionBy.isBefore(executiveReviewBy)) {
            throw new InvalidRequest("INVALID_DEADLINE", "deadlines.boardDecision: the Board decides after the Executive"
                    + " Committee's review, so not before " + executiveReviewBy + "; was " + boardDecisionBy);
        }
    }

    /** The dates DOMAIN.md §6.3 fixes for a proposal of {@code motionKind} for {@code fiscalYear} (FY2027). */
    public static BudgetCalendar defaults(String fiscalYear, String motionKind, ZoneId zone) {
        int endYear = endYear(fiscalYear);
        if ("BUDGET_AMENDMENT".equals(motionKind)) {
            Instant yearEnds = LocalDate.of(endYear, 7, 1).atStartOfDay(zone).toInstant();
            return new BudgetCalendar(yearEnds, yearEnds);
        }
        return new BudgetCalendar(endOf(EXECUTIVE_REVIEW_DAY.atYear(endYear - 1), zone),
                endOf(BOARD_DECISION_DAY.atYear(endYear - 1), zone));
    }

    /**
     * The defaults with a start's overrides, each an ISO-8601 instant ({@code 2026-03-02T08:00:00Z})
     * or a positive duration from {@code start} ({@code PT5M}), so a demo or a test reaches a date in
     * minutes. An unknown name is refused (400 {@code UNKNOWN_DEADLINE}), an unreadable value or a
     * Board date before the review's (400 {@code INVALID_DEADLINE}), each naming the field.
     * A date already past is kept: the approval escalates at once.
     */
    public static BudgetCalendar defaultsWith(String fiscalYear, String motionKind, ZoneId zone, Map<String, String> overrides,
                                              Instant start) {
        Map<String, Instant> dates = defaults(fiscalYear, motionKind, zone).asMap();
        if (overrides != null) {
            overrides.forEach((name, text) -> {
                if (!dates.containsKey(name)) {
                    throw new InvalidRequest("UNKNOWN_DEADLINE", "deadlines." + name + ": no such deadline; the deadlines are "
                            + String.join(", ", NAMES));
                }
                dates.put(name, parse(name, text, start));
            });
        }
        return new BudgetCalendar(dates.get("executiveReview"), dates.get("boardDecision"));
    }

    /** Checks the overrides' names and values before anything else is asked (the proposal fixes only the defaults). */
    public static void check(Map<String, String> overrides, Instant start) {
        if (overrides == null) {
            return;
        }
        overrides.forEach((name, text) -> {
            if (!NAMES.contains(name)) {
                throw new InvalidRequest("UNKNOWN_DEADLINE", "deadlines." + name + ": no such deadline; the deadlines are "
                        + String.join(", ", NAMES));
            }
            parse(name, text, start);
        });
    }

    public Map<String, Instant> asMap() {
        Map<String, Instant> map = new LinkedHashMap<>();
        map.put("executiveReview", executiveReviewBy);
        map.put("boardDecision", boardDecisionBy);
        return map;
    }

    private static Instant parse(String name, String text, Instant start) {
        String value = text == null ? "" : text.strip();
        try {
            if (value.startsWith("P")) {
                Duration fromStart = Duration.parse(value);
                if (fromStart.isZero() || fromStart.isNegative()) {
                    throw new InvalidRequest("INVALID_DEADLINE", "deadlines." + name + ": a duration from the start is"
                            + " positive, was " + text);
                }
                return start.plus(fromStart);
            }
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidRequest("INVALID_DEADLINE", "deadlines." + name + ": \"" + text + "\" is neither an ISO-8601"
                    + " instant such as 2026-03-02T08:00:00Z nor a duration from the start such as PT5M");
        }
    }

    private static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static int endYear(String fiscalYear) {
        Matcher matcher = fiscalYear == null ? null : FISCAL_YEAR.matcher(fiscalYear);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("a fiscal year is FY and the year it ends in (FY2027), not " + fiscalYear);
        }
        return Integer.parseInt(matcher.group(1));
    }
}
