package org.charter.committee.meeting;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.charter.platform.error.NotFound;

/** A meeting's id, made by the service: {@code mt-} and ten lower-case letters or digits ({@code mt-5hq2c81zpe}). */
public record MeetingId(String value) {

    private static final Pattern FORMAT = Pattern.compile("mt-[a-z0-9]{10}");
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public MeetingId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw notFound(value);
        }
    }

    public static MeetingId random() {
        char[] id = new char[10];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new MeetingId("mt-" + new String(id));
    }

    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    public static NotFound notFound(String value) {
        return new NotFound("MEETING_NOT_FOUND", "no meeting with id " + value);
    }

    /** Meeting streams are {@code meeting:<id>}, apart from motions, votes and committees. */
    public String streamId() {
        return "meeting:" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
