package org.charter.membership.collaborative;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charter.platform.error.RuleViolation;

/**
 * A collaborative's program year, July 1 to June 30 in the consortium's zone, named by its two
 * calendar years: {@code 2025-26} runs from 2025-07-01 to 2026-06-30.
 */
public record ProgramYear(int startYear) implements Comparable<ProgramYear> {

    /** DOMAIN: day periods use the consortium zone. */
    public static final ZoneId CONSORTIUM_ZONE = ZoneId.of("America/Los_Angeles");

    private static final Pattern NAME = Pattern.compile("(\\d{4})-(\\d{2})");

    public ProgramYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new RuleViolation("INVALID_PROGRAM_YEAR", "program year " + startYear + " is out of range");
        }
    }

    /** Parses {@code 2025-26}; the second part must be the year after the first. */
    public static ProgramYear parse(String name) {
        Matcher matcher = name == null ? null : NAME.matcher(name.strip());
        if (matcher == null || !matcher.matches()) {
            throw new RuleViolation("INVALID_PROGRAM_YEAR",
                    "program year '" + name + "' must be written like 2025-26 (July 1 2025 to June 30 2026)");
        }
        int start = Integer.parseInt(matcher.group(1));
        int endSuffix = Integer.parseInt(matcher.group(2));
        if ((start + 1) % 100 != endSuffix) {
            throw new RuleViolation("INVALID_PROGRAM_YEAR",
                    "program year '" + name + "' must span consecutive years, e.g. " + start + "-"
                            + String.format("%02d", (start + 1) % 100));
        }
        return new ProgramYear(start);
    }

    public static ProgramYear containing(Instant instant) {
        LocalDate date = instant.atZone(CONSORTIUM_ZONE).toLocalDate();
        return new ProgramYear(date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 7, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 6, 30);
    }

    /** Midnight of July 1 in the consortium zone. */
    public Instant startsAt() {
        return firstDay().atStartOfDay(CONSORTIUM_ZONE).toInstant();
    }

    /** Midnight after June 30, exclusive. */
    public Instant endsAt() {
        return next().startsAt();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(startsAt()) && instant.isBefore(endsAt());
    }

    public ProgramYear next() {
        return new ProgramYear(startYear + 1);
    }

    public String name() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(ProgramYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return name();
    }
}
