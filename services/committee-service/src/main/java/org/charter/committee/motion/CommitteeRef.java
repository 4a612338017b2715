package org.charter.committee.motion;

import java.util.regex.Pattern;
import org.charter.platform.error.RuleViolation;

/**
 * The body a motion is put to, by its stable id ({@code GOVERNING_BOARD}). Every decision kind
 * of DOMAIN.md §3 is the Governing Board's, whose electorate is §1.5's; other bodies (the
 * Executive Committee, advisory committees, work groups) come with their seats, so until then a
 * motion names the Governing Board.
 */
public record CommitteeRef(String id) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public static final CommitteeRef GOVERNING_BOARD = new CommitteeRef("GOVERNING_BOARD");

    public CommitteeRef {
        if (id == null || !ID.matcher(id).matches()) {
            throw new RuleViolation("UNKNOWN_COMMITTEE", "committee must be a committee id such as GOVERNING_BOARD, was: " + id);
        }
    }

    /** The committee a motion may be put to now; the refusal names the ones there are. */
    public static CommitteeRef forMotion(String id) {
        CommitteeRef ref = new CommitteeRef(id);
        if (!ref.equals(GOVERNING_BOARD)) {
            throw new RuleViolation("UNKNOWN_COMMITTEE", "motions are put to GOVERNING_BOARD (the body that takes the"
                    + " decisions of DOMAIN §3); " + id + " is not a committee that decides motions");
        }
        return ref;
    }

    @Override
    public String toString() {
        return id;
    }
}
