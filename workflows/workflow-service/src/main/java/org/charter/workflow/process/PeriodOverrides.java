package org.charter.workflow.process;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.platform.error.InvalidRequest;

/**
 * A process's calendar as a start asks for it: its defaults with a secretary's overrides, each an
 * ISO-8601 duration ({@code P14D}, {@code PT72H}, {@code PT2M}). Every process reads its periods
 * this way, so a start refuses the same mistakes with the same codes: an unknown name (400
 * {@code UNKNOWN_PERIOD}) or an unreadable, zero or negative value (400 {@code INVALID_PERIOD}),
 * each naming the field.
 */
public final class PeriodOverrides {

    private PeriodOverrides() {
    }

    /**
     * The defaults (in the order the process documents them) with the overrides applied.
     *
     * @param defaults  every period the process knows, by the name a start request uses
     * @param overrides the start's {@code periods}, possibly null
     */
    public static Map<String, Duration> apply(Map<String, Duration> defaults, Map<String, String> overrides) {
        Map<String, Duration> values = new LinkedHashMap<>(defaults);
        if (overrides != null) {
            overrides.forEach((name, text) -> {
                if (!values.containsKey(name)) {
                    throw new InvalidRequest("UNKNOWN_PERIOD", "periods." + name + ": no such period; the periods are "
                            + String.join(", ", defaults.keySet()));
                }
                values.put(name, parse(name, text));
            });
        }
        return values;
    }

    /** One period as written in a start request. */
    public static Duration parse(String name, String text) {
        Duration value;
        try {
            value = Duration.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("INVALID_PERIOD", "periods." + name + ": \"" + text
                    + "\" is not an ISO-8601 duration such as P14D, PT72H or PT2M");
        }
        if (value.isZero() || value.isNegative()) {
            throw new InvalidRequest("INVALID_PERIOD", "periods." + name + ": must be positive, was " + text);
        }
        return value;
    }

    /** The periods as a start's answer and its first milestone show them: ISO-8601 texts, in order. */
    public static Map<String, String> texts(Map<String, Duration> periods) {
        Map<String, String> texts = new LinkedHashMap<>();
        periods.forEach((name, value) -> texts.put(name, value.toString()));
        return texts;
    }

    /**
     * The periods as a person would write them in a start: whole days as days ({@code P45D}, where
     * {@link Duration#toString()} says {@code PT1080H}), anything else as hours, minutes and seconds.
     */
    public static Map<String, String> writtenTexts(Map<String, Duration> periods) {
        Map<String, String> texts = new LinkedHashMap<>();
        periods.forEach((name, value) -> texts.put(name, written(value)));
        return texts;
    }

    static String written(Duration value) {
        return !value.isZero() && value.toSeconds() % 86_400 == 0 && value.getNano() == 0 ? "P" + value.toDays() + "D" : value.toString();
    }

    /** Checks that every period is positive (a record's own guard, for periods built in code). */
    public static void requirePositive(List<Duration> periods) {
        for (Duration d : periods) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("every period is positive: " + d);
            }
        }
    }
}
