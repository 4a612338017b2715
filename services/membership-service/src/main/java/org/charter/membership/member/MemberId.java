package org.charter.membership.member;

import java.util.regex.Pattern;
import org.charter.platform.error.RuleViolation;

/**
 * A member's short stable id ({@code CA}, {@code WA}, {@code USVI}, {@code BIE}): upper-case
 * letters and digits, optionally in hyphen-separated parts, 2 to 16 characters, starting with a
 * letter. It is the {@code member} claim of tokens and the path segment of every API, so it never
 * changes, not even across withdrawal and readmission.
 */
public record MemberId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    public MemberId {
        if (value == null || value.length() < 2 || value.length() > 16 || !FORMAT.matcher(value).matches()) {
            throw new RuleViolation("INVALID_MEMBER_ID",
                    "member id '" + value + "' must be 2-16 upper-case letters or digits starting with a letter,"
                            + " optionally in hyphen-separated parts (e.g. CA, USVI, BIE)");
        }
    }

    public static MemberId of(String value) {
        return new MemberId(value);
    }

    public static boolean isValid(String value) {
        return value != null && value.length() >= 2 && value.length() <= 16 && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
