package org.charter.audit.ledger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The CloudEvents attributes an entry keeps beside its event ({@code type}, {@code subject},
 * {@code time}) checked against the event itself. No hash covers these copies, yet the ledger's
 * indexes, replay and re-tally select by them: an entry whose copy was changed in the database
 * would move an event to another stream, time or type with every hash intact. The event's own
 * members are read from its canonical JSON (its top-level members; the nested {@code data} passed
 * over) with no JSON library, as the ledger's domain is plain Java.
 */
final class StoredAttributes {

    private final String json;
    private int at;
    private String type;
    private String subject;
    private String time;

    private StoredAttributes(String json) {
        this.json = json;
    }

    /** What differs between the entry's stored attributes and its event's; empty when they agree. */
    static Optional<String> differences(LedgerEntry entry) {
        if (entry.event() == null) {
            return Optional.of("it has no event");
        }
        StoredAttributes event = new StoredAttributes(entry.event());
        if (!event.readTopLevel()) {
            return Optional.of("its event is not a JSON object whose type, subject and time can be read");
        }
        if (!Objects.equals(entry.type(), event.type)) {
            return Optional.of("type " + entry.type() + " stored, " + event.type + " in its event");
        }
        if (!Objects.equals(entry.subject(), event.subject)) {
            return Optional.of("subject " + entry.subject() + " stored, " + event.subject + " in its event");
        }
        if (!Objects.equals(entry.time(), millis(event.time))) {
            return Optional.of("time " + entry.time() + " stored, " + event.time + " in its event");
        }
        return Optional.empty();
    }

    /** The stored copy is the event's time to the millisecond (a BSON date); null when absent or not a time. */
    private static Instant millis(String time) {
        if (time == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(time).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            return Instant.MIN; // never a stored time: a mismatch
        }
    }

    private boolean readTopLevel() {
        try {
            skipSpace();
            if (next() != '{') {
                return false;
            }
            skipSpace();
            if (peek() == '}') {
                return true;
            }
            while (true) {
                skipSpace();
                String name = string();
                skipSpace();
                if (next() != ':') {
                    return false;
                }
                skipSpace();
                if (peek() == '"') {
                    String value = string();
                    switch (name) {
                        case "type" -> type = value;
                        case "subject" -> subject = value;
                        case "time" -> time = value;
                        default -> { }
                    }
                } else {
                    skipValue();
                }
                skipSpace();
                char after = next();
                if (after == '}') {
                    return true;
                }
                if (after != ',') {
                    return false;
                }
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException malformed) {
            return false;
        }
    }

    /** A JSON string at the cursor, its escapes decoded. */
    private String string() {
        if (next() != '"') {
            throw new IllegalArgumentException("not a string");
        }
        StringBuilder value = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    value.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> throw new IllegalArgumentException("not an escape: " + escaped);
            }
        }
    }

    /** Passes over a value that is not a string: an object or array (strings inside it included), a number or a literal. */
    private void skipValue() {
        int depth = 0;
        while (true) {
            char c = peek();
            if (c == '"') {
                string();
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return;
            }
            at++;
            if (depth == 0 && (c == '}' || c == ']')) {
                return;
            }
        }
    }

    private void skipSpace() {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        return json.charAt(at);
    }

    private char next() {
        return json.charAt(at++);
    }
}
