package org.charter.membership.collaborative;

import java.util.regex.Pattern;
import org.charter.platform.error.RuleViolation;

/** A collaborative's stable id: a lower-case slug such as {@code early-childhood}. */
public record CollaborativeId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public CollaborativeId {
        if (value == null || value.length() < 2 || value.length() > 40 || !FORMAT.matcher(value).matches()) {
            throw new RuleViolation("INVALID_COLLABORATIVE_ID", "collaborative id '" + value
                    + "' must be a lower-case slug of 2-40 letters, digits and single hyphens (e.g. early-childhood)");
        }
    }

    public static CollaborativeId of(String value) {
        return new CollaborativeId(value);
    }

    public String streamId() {
        return "collaborative:" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
