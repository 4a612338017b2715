package org.charter.budget.fiscalyear;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charter.platform.error.InvalidRequest;

/**
 * A fiscal year, July 1 to June 30, named by the year it ends in (DOMAIN.md §6.1): FY2027 is
 * 2026-07-01..2027-06-30. Day boundaries are the consortium's zone's.
 */
public record FiscalYear(int endYear) implements Comparable<FiscalYear> {

    /** The consortium's zone (DOMAIN.md preamble, Default). */
    public static final ZoneId CONSORTIUM_ZONE = ZoneId.of("America/Los_Angeles");

    private static final Pattern NAME = Pattern.compile("FY(\\d{4})");

    public FiscalYear {
        if (endYear < 1901 || endYear > 9999) {
            throw new InvalidRequest("FISCAL_YEAR_INVALID", "a fiscal year is named FY and the year it ends in (FY2027), between FY1901 and FY9999");
        }
    }

    /** {@code FY2027}; anything else is refused with a message naming the form. */
    public static FiscalYear of(String name) {
        Matcher matcher = name == null ? null : NAME.matcher(name);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidRequest("FISCAL_YEAR_INVALID", "fiscalYear: a fiscal year is named FY and the year it ends in,"
                    + " e.g. FY2027 for 2026-07-01..2027-06-30; was: " + name);
        }
        return new FiscalYear(Integer.parseInt(matcher.group(1)));
    }

    /** The fiscal year a day falls in. */
    public static FiscalYear containing(LocalDate day) {
        return new FiscalYear(day.getMonthValue() >= 7 ? day.getYear() + 1 : day.getYear());
    }

    public LocalDate firstDay() {
        return LocalDate.of(endYear - 1, 7, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(endYear, 6, 30);
    }

    public FiscalYear previous() {
        return new FiscalYear(endYear - 1);
    }

    /** The instant the year starts (midnight of July 1 in {@code zone}). */
    public Instant startsAt(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    /** The instant after the year's last moment (midnight of the next July 1 in {@code zone}). */
    public Instant endsAt(ZoneId zone) {
        return lastDay().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The twelve months, July first. */
    public YearMonth month(int index) {
        if (index < 0 || index > 11) {
            throw new IllegalArgumentException("a fiscal year has months 0 (July) to 11 (June), not " + index);
        }
        return YearMonth.of(endYear - 1, 7).plusMonths(index);
    }

    /**
     * The whole months of the year left from {@code day} on (DOMAIN.md §6.6): a month counts when
     * the day is on or before its first, so joining on October 1 leaves 9 (October to June), on
     * October 15 leaves 8 (November to June). Before the year: 12; after it: 0.
     */
    public int wholeMonthsLeftFrom(LocalDate day) {
        YearMonth firstWhole = day.getDayOfMonth() == 1 ? YearMonth.from(day) : YearMonth.from(day).plusMonths(1);
        long left = ChronoUnit.MONTHS.between(firstWhole, YearMonth.of(endYear, 7));
        return (int) Math.max(0, Math.min(12, left));
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(endYear, other.endYear);
    }

    @Override
    public String toString() {
        return "FY" + endYear;
    }
}
