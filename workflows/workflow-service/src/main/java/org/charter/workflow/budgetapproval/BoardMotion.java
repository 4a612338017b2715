package org.charter.workflow.budgetapproval;

import org.charter.workflow.committee.Committee.MotionProposal;

/**
 * The Governing Board motion that decides a proposal's version (DOMAIN.md §3: the proposal's
 * kind and threshold; its subject names the version, so the budget service moves exactly that
 * version on the motion's outcome).
 */
public final class BoardMotion {

    private BoardMotion() {
    }

    public static MotionProposal deciding(String proposal, int version, String motionKind, String fiscalYear) {
        var voted = new VersionUnderVote(proposal, version, motionKind, fiscalYear);
        return new MotionProposal("Adopt the " + voted.named() + " (version " + version + ")",
                "The Governing Board adopts the " + voted.named() + ", version " + version
                        + ", as the Executive Committee referred it (DOMAIN 6.3).", motionKind, "GOVERNING_BOARD",
                voted.subject());
    }
}
