package org.charter.web.process;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calendar fields of the election's start form: each period of the {@code ec-election} start
 * (docs/workflows/ec-election.md), left empty for the workflow's default or overridden with an
 * ISO-8601 duration. The periods and their defaults are the workflow's own
 * ({@link StartPeriodDefaults}), not a copy. A mistake is named beside its field before the workflow is asked, with the
 * workflow's own rules (readable and positive, {@code INVALID_PERIOD}) and the election service's
 * order of the steps (its {@code INVALID_PERIODS}), the empty fields counted at their defaults.
 *
 * @param overrides the periods to send, by the start's names (only those filled in)
 * @param mistakes  what is wrong, by field; none when the start may be asked for
 */
record ElectionPeriodsForm(Map<String, String> overrides, Map<String, Mistake> mistakes) {

    record Mistake(String key, Object... arguments) {
    }

    /**
     * @param fields   what the secretary wrote, by the start's names
     * @param defaults the workflow's defaults, by the start's names in its order, as written ({@code P45D})
     */
    static ElectionPeriodsForm read(Map<String, String> fields, Map<String, String> defaults) {
        Map<String, String> overrides = new LinkedHashMap<>();
        Map<String, Mistake> mistakes = new LinkedHashMap<>();
        Map<String, Duration> effective = new LinkedHashMap<>();
        defaults.forEach((name, text) -> effective.put(name, Duration.parse(text)));
        for (String name : defaults.keySet()) {
            String text = fields.get(name);
            if (text == null || text.isBlank()) {
                continue;
            }
            String written = text.strip().toUpperCase(Locale.ROOT);
            Duration value;
            try {
                value = Duration.parse(written);
            } catch (DateTimeParseException unreadable) {
                mistakes.put(name, new Mistake("processes.election.period.unreadable", text.strip()));
                continue;
            }
            if (value.isZero() || value.isNegative()) {
                mistakes.put(name, new Mistake("processes.election.period.notPositive", text.strip()));
                continue;
            }
            overrides.put(name, written);
            effective.put(name, value);
        }
        if (mistakes.isEmpty()) {
            inOrder(effective, overrides, defaults, mistakes);
        }
        return new ElectionPeriodsForm(overrides, mistakes);
    }

    /**
     * Counted back from the ballot's opening, the steps follow one another: nominations open
     * before they close, acceptance ends no earlier than nominations close, the slate no earlier
     * than acceptance. The mistake goes on the later step's field if it was filled in, else on the
     * earlier one's.
     */
    private static void inOrder(Map<String, Duration> effective, Map<String, String> overrides, Map<String, String> defaults,
                                Map<String, Mistake> mistakes) {
        List<String[]> pairs = List.of(new String[] {"nominationsOpen", "nominationsClose", "processes.election.period.closeAfterOpen"},
                new String[] {"nominationsClose", "acceptance", "processes.election.period.acceptanceAfterClose"},
                new String[] {"acceptance", "slate", "processes.election.period.slateAfterAcceptance"});
        for (String[] pair : pairs) {
            Duration earlier = effective.get(pair[0]);
            Duration later = effective.get(pair[1]);
            if (earlier == null || later == null) {
                continue; // a workflow without that step: nothing to order here
            }
            boolean wrong = pair[0].equals("nominationsOpen") ? later.compareTo(earlier) >= 0 : later.compareTo(earlier) > 0;
            if (wrong) {
                String field = overrides.containsKey(pair[1]) || !overrides.containsKey(pair[0]) ? pair[1] : pair[0];
                mistakes.putIfAbsent(field, new Mistake(pair[2], overrides.getOrDefault(pair[0], defaults.get(pair[0])),
                        overrides.getOrDefault(pair[1], defaults.get(pair[1]))));
            }
        }
    }
}
