package org.charter.election.election;

import java.util.Objects;
import java.util.regex.Pattern;
import org.charter.platform.error.InvalidRequest;

/** An election: {@code EC-FY2028} for the year's election (terms starting in FY2028), the stream {@code election:EC-FY2028}. */
public record ElectionId(String value) {

    private static final Pattern FORM = Pattern.compile("EC-FY[0-9]{4}(-[A-Z0-9]{1,8})?");

    public ElectionId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new InvalidRequest("INVALID_ID", "'" + value + "' is not an election id (EC-FY2028, or EC-FY2028-S1 for a"
                    + " special election)");
        }
    }

    public static ElectionId of(String value) {
        return new ElectionId(value);
    }

    public static ElectionId forFiscalYear(int fiscalYear, String suffix) {
        return new ElectionId("EC-FY" + fiscalYear + (suffix == null || suffix.isBlank() ? "" : "-" + suffix));
    }

    public String streamId() {
        return value;
    }

    /** A special election (a suffix such as {@code -S1}): it fills vacancies for the remainder of their terms (§5.7). */
    public boolean isSpecial() {
        return value.indexOf('-', "EC-FY".length()) > 0;
    }

    /** The contest of this election for a position: {@code EC-FY2028.CHAIR_ELECT}. */
    public String contestId(String position) {
        return value + "." + position;
    }

    /** The election a contest id belongs to. */
    public static ElectionId ofContest(String contestId) {
        int dot = contestId == null ? -1 : contestId.lastIndexOf('.');
        if (dot < 1) {
            throw new InvalidRequest("INVALID_ID", "'" + contestId + "' is not a contest id (EC-FY2028.CHAIR_ELECT)");
        }
        return new ElectionId(contestId.substring(0, dot));
    }

    @Override
    public String toString() {
        return value;
    }
}
