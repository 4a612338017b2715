package org.charter.committee.committee;

import java.util.regex.Pattern;
import org.charter.platform.error.NotFound;

/**
 * A committee's stable id, upper case: {@code GOVERNING_BOARD}, {@code EXECUTIVE_COMMITTEE}, a work
 * group's ({@code ITEM_WRITING}, ...) or an advisory committee's ({@code TECHNICAL_ADVISORY}).
 * A motion's {@code committee} names one of these (the same format as the motion's
 * {@code CommitteeRef}).
 */
public record CommitteeId(String value) {

    // before the constants below, which are checked against it
    static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public static final CommitteeId GOVERNING_BOARD = new CommitteeId("GOVERNING_BOARD");
    public static final CommitteeId EXECUTIVE_COMMITTEE = new CommitteeId("EXECUTIVE_COMMITTEE");

    public CommitteeId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw notFound(value);
        }
    }

    public static CommitteeId of(String value) {
        return new CommitteeId(value);
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The Governing Board and the Executive Committee exist by the charter (DOMAIN.md §2.1–2.2), not by a command. */
    public boolean isStanding() {
        return equals(GOVERNING_BOARD) || equals(EXECUTIVE_COMMITTEE);
    }

    public static NotFound notFound(String value) {
        return new NotFound("COMMITTEE_NOT_FOUND", "no committee with id " + value + "; GET /api/v1/committees lists them");
    }

    /** Committee streams are {@code committee:<ID>}, apart from motions, votes and meetings. */
    public String streamId() {
        return "committee:" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
