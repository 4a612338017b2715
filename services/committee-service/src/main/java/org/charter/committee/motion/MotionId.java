package org.charter.committee.motion;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.charter.platform.error.NotFound;

/** A motion's id, made by the service: {@code m-} and ten lower-case letters or digits ({@code m-3kq9x0a7ve}). */
public record MotionId(String value) {

    private static final Pattern FORMAT = Pattern.compile("m-[a-z0-9]{10}");
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public MotionId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new NotFound("MOTION_NOT_FOUND", "no motion with id " + value);
        }
    }

    public static MotionId random() {
        char[] id = new char[10];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new MotionId("m-" + new String(id));
    }

    public static MotionId of(String value) {
        return new MotionId(value);
    }

    /** Motion streams are {@code motion:<id>}; votes are {@code vote:<poll>:<member>}, so they never clash. */
    public String streamId() {
        return "motion:" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
