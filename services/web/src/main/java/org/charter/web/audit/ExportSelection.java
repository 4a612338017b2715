package org.charter.web.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an auditor asks the ledger's export for, as the form gave it, checked before the audit API
 * is asked: exactly one selection (a time range of the events' own time, read in the app's time
 * zone; an aggregate's history by its subject; or a range of positions) with the audit API's own
 * rules ({@code docs/api/audit.md}), so a mistake is named beside its field in the reader's language.
 */
record ExportSelection(Map<String, String> query, String fileName, List<Problem> problems) {

    static final String TIME = "time";
    static final String SUBJECT = "subject";
    static final String POSITIONS = "positions";
    static final int MAX_SUBJECT = 200;

    /** A mistake in one field of the form: the field's name and the message key that says what to fix. */
    record Problem(String field, String key, Object... arguments) {
    }

    /** The form's fields as typed (any may be null or blank). */
    record Form(String selection, String from, String to, String subject, String fromPosition, String toPosition) {
    }

    ExportSelection {
        query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query)); // the API's order
        problems = List.copyOf(problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    static ExportSelection of(Form form, ZoneId zone) {
        String selection = form.selection() == null ? "" : form.selection();
        return switch (selection) {
            case TIME -> time(form, zone);
            case SUBJECT -> subject(form);
            case POSITIONS -> positions(form);
            default -> invalid(new Problem("selection", "export.error.selection"));
        };
    }

    private static ExportSelection time(Form form, ZoneId zone) {
        List<Problem> problems = new ArrayList<>();
        Instant from = instant("from", form.from(), zone, problems);
        Instant to = instant("to", form.to(), zone, problems);
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add(new Problem("to", "export.error.order"));
        }
        if (!problems.isEmpty()) {
            return invalid(problems.toArray(Problem[]::new));
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", from.toString());
        query.put("to", to.toString());
        return new ExportSelection(query, "ledger-" + compact(from) + "-" + compact(to) + ".jsonl", List.of());
    }

    private static ExportSelection subject(Form form) {
        String subject = form.subject() == null ? "" : form.subject().strip();
        if (subject.isEmpty()) {
            return invalid(new Problem("subject", "export.error.subject.missing"));
        }
        if (subject.length() > MAX_SUBJECT) {
            return invalid(new Problem("subject", "export.error.subject.tooLong", MAX_SUBJECT));
        }
        if (subject.chars().anyMatch(Character::isISOControl)) {
            return invalid(new Problem("subject", "export.error.subject.control"));
        }
        return new ExportSelection(Map.of("subject", subject), "ledger-" + safe(subject) + ".jsonl", List.of());
    }

    private static ExportSelection positions(Form form) {
        List<Problem> problems = new ArrayList<>();
        Long first = position("fromPosition", form.fromPosition(), problems);
        Long last = position("toPosition", form.toPosition(), problems);
        if (first != null && last != null && first > last) {
            problems.add(new Problem("toPosition", "export.error.positions.order"));
        }
        if (!problems.isEmpty()) {
            return invalid(problems.toArray(Problem[]::new));
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fromPosition", first.toString());
        query.put("toPosition", last.toString());
        return new ExportSelection(query, "ledger-positions-" + first + "-" + last + ".jsonl", List.of());
    }

    private static Instant instant(String field, String typed, ZoneId zone, List<Problem> problems) {
        if (typed == null || typed.isBlank()) {
            problems.add(new Problem(field, "export.error." + field + ".missing"));
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            problems.add(new Problem(field, "export.error.instant", typed.strip()));
            return null;
        }
    }

    private static Long position(String field, String typed, List<Problem> problems) {
        if (typed == null || typed.isBlank()) {
            problems.add(new Problem(field, "export.error." + field + ".missing"));
            return null;
        }
        try {
            long position = Long.parseLong(typed.strip());
            if (position >= 1) {
                return position;
            }
        } catch (NumberFormatException notANumber) {
            // said below, as for a number under 1
        }
        problems.add(new Problem(field, "export.error.position", typed.strip()));
        return null;
    }

    private static ExportSelection invalid(Problem... problems) {
        return new ExportSelection(Map.of(), null, List.of(problems));
    }

    /** 2026-01-01T00:00:00Z as 20260101T000000Z: no colon, which some file systems refuse in a name. */
    private static String compact(Instant instant) {
        return instant.toString().replace("-", "").replace(":", "");
    }

    private static String safe(String subject) {
        return subject.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
