package org.charter.committee.motion;

import java.util.regex.Pattern;
import org.charter.platform.error.RuleViolation;

/**
 * The body a motion is put to, by its stable id. The Governing Board takes the decisions of
 * DOMAIN.md §3, its electorate §1.5's; the Executive Committee reviews budgets and fee schedules
 * before the Board votes on them (§3, §6.3), its electorate the seat holders (§2.2). Advisory
 * committees and work groups advise; they decide no motion.
 */
public record CommitteeRef(String id) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public static final CommitteeRef GOVERNING_BOARD = new CommitteeRef("GOVERNING_BOARD");
    public static final CommitteeRef EXECUTIVE_COMMITTEE = new CommitteeRef("EXECUTIVE_COMMITTEE");

    public CommitteeRef {
        if (id == null || !ID.matcher(id).matches()) {
            throw new RuleViolation("UNKNOWN_COMMITTEE", "committee must be a committee id such as GOVERNING_BOARD, was: " + id);
        }
    }

    /** The committee a motion of {@code kind} may be put to; the refusal names the ones there are. */
    public static CommitteeRef forMotion(String id, MotionKind kind) {
        CommitteeRef ref = new CommitteeRef(id);
        if (ref.equals(EXECUTIVE_COMMITTEE)) {
            if (kind != null && !kind.reviewedByExecutiveCommittee()) {
                throw new RuleViolation("NOT_DECIDED_BY_COMMITTEE", "committee: the EXECUTIVE_COMMITTEE decides "
                        + MotionKind.executiveCommitteeKinds() + " motions (its review, DOMAIN §3, §6.3); put a " + kind
                        + " motion to the GOVERNING_BOARD");
            }
            return ref;
        }
        if (!ref.equals(GOVERNING_BOARD)) {
            throw new RuleViolation("UNKNOWN_COMMITTEE", "committee: motions are put to GOVERNING_BOARD (the decisions of"
                    + " DOMAIN §3) or EXECUTIVE_COMMITTEE (its review of " + MotionKind.executiveCommitteeKinds() + "); " + id
                    + " is not a committee that decides motions");
        }
        return ref;
    }

    /** Whether the body's votes are its seat holders', one per seat (§2.2), rather than the Governing members' (§1.5). */
    public boolean isExecutiveCommittee() {
        return equals(EXECUTIVE_COMMITTEE);
    }

    @Override
    public String toString() {
        return id;
    }
}
