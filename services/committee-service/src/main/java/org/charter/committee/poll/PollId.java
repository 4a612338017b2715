package org.charter.committee.poll;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charter.platform.error.NotFound;

/**
 * A poll of a motion: the motion's id and the poll's number on it ({@code m-3kq9x0a7ve-2}), so the
 * id alone leads to the motion stream that holds the poll.
 */
public record PollId(String motionId, int number) {

    private static final Pattern FORMAT = Pattern.compile("(m-[a-z0-9]{10})-([1-9][0-9]{0,3})");

    public PollId {
        if (motionId == null || number < 1) {
            throw new IllegalArgumentException("a poll id needs a motion id and a number from 1: " + motionId + ", " + number);
        }
    }

    /** Parses a poll id; anything else names no poll (404 {@code POLL_NOT_FOUND}). */
    public static PollId parse(String value) {
        Matcher m = value == null ? null : FORMAT.matcher(value);
        if (m == null || !m.matches()) {
            throw new NotFound("POLL_NOT_FOUND", "no poll with id " + value);
        }
        return new PollId(m.group(1), Integer.parseInt(m.group(2)));
    }

    public String value() {
        return motionId + "-" + number;
    }

    @Override
    public String toString() {
        return value();
    }
}
