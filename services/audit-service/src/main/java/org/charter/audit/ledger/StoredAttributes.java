package org.charter.audit.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

    private static final List<String> READ = List.of("type", "subject", "time");

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
        if (!Objects.equals(entry.time(), storedTime(event.time))) {
            return Optional.of("time " + entry.time() + " stored, " + event.time + " in its event");
        }
        return Optional.empty();
    }

    /**
     * The event's time as its stored copy holds it, to the millisecond (a BSON date); null when the
     * event has none, {@link Instant#MIN} (which no stored time is) when it is not a time.
     */
    static Instant storedTime(String time) {
        if (time == null) {
            return null;
        }
        Instant utc = utcMillis(time);
        if (utc != null) {
            return utc;
        }
        try {
            return OffsetDateTime.parse(time).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            return Instant.MIN; // never a stored time: a mismatch
        }
    }

    /**
     * The form Charter's events are written in, {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, read without
     * a formatter (verification reads one per entry); null for any other form or a field out of range,
     * which {@link OffsetDateTime#parse} then reads or refuses.
     */
    private static Instant utcMillis(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(n - 1) != 'Z' || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':' || n > 20 && (t.charAt(19) != '.' || n == 21)) {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int millis = 0;
        for (int i = 20, scale = 100; i < n - 1; i++, scale /= 10) {
            int digit = t.charAt(i) - '0';
            if (digit < 0 || digit > 9 || i > 28) {
                return null;
            }
            millis += digit * scale;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        long seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, millis * 1_000_000L);
    }

    /** The decimal number of the characters from..to, or -1 when one is not a digit. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = t.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
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
                String name = key();
                skipSpace();
                if (next() != ':') {
                    return false;
                }
                skipSpace();
                if (peek() == '"' && name != null) {
                    String value = string();
                    switch (name) {
                        case "type" -> type = value;
                        case "subject" -> subject = value;
                        default -> time = value;
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

    /**
     * The member name at the cursor when it is one of the three read here, null for any other. Names
     * are compared as they stand: a canonical event (RFC 8785) escapes no letter.
     */
    private String key() {
        int from = at;
        skipString();
        int length = at - from - 2;
        for (String wanted : READ) {
            if (length == wanted.length() && json.regionMatches(from + 1, wanted, 0, length)) {
                return wanted;
            }
        }
        return null;
    }

    /** A JSON string at the cursor, its escapes decoded. */
    private String string() {
        int from = at;
        skipString();
        String raw = json.substring(from + 1, at - 1);
        if (raw.indexOf('\\') < 0) {
            return raw; // no escapes: the characters as they stand
        }
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escaped = raw.charAt(++i);
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    value.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("not an escape: " + escaped);
            }
        }
        return value.toString();
    }

    /**
     * Moves the cursor past the JSON string it is at, without reading it: to the next quote that no
     * backslash escapes (found with {@link String#indexOf}, so a long string costs little).
     */
    private void skipString() {
        if (next() != '"') {
            throw new IllegalArgumentException("not a string");
        }
        int quote = json.indexOf('"', at);
        while (quote >= 0 && escaped(quote)) {
            quote = json.indexOf('"', quote + 1);
        }
        if (quote < 0) {
            throw new IllegalArgumentException("a string that does not end");
        }
        at = quote + 1;
    }

    /** Whether the character at {@code index} follows an odd number of backslashes. */
    private boolean escaped(int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && json.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Passes over a value that is not a string: an object or array (strings inside it included), a number or a literal. */
    private void skipValue() {
        int depth = 0;
        while (true) {
            char c = peek();
            if (c == '"') {
                skipString();
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

    /** Passes over JSON's whitespace: space, tab, line feed and carriage return (RFC 8259); a canonical event has none. */
    private void skipSpace() {
        while (at < json.length()) {
            char c = json.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
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
