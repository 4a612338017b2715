package org.charter.workflow.budgetapproval;

import org.charter.workflow.committee.Committee.MotionProposal;

/**
 * The Executive Committee motion that reviews a proposal's version (DOMAIN.md §6.3, ADR 0029): the
 * proposal's kind, put to {@code EXECUTIVE_COMMITTEE}, its subject the version; the budget service
 * sends the version to the Board when it is adopted and back to DRAFT when it is rejected.
 */
public final class ExecutiveMotion {

    private ExecutiveMotion() {
    }

    public static MotionProposal reviewing(String proposal, int version, String motionKind, String fiscalYear) {
        var reviewed = new VersionUnderVote(proposal, version, motionKind, fiscalYear);
        return new MotionProposal("Refer the " + reviewed.named() + " (version " + version + ") to the Board",
                "The Executive Committee sends the " + reviewed.named() + ", version " + version
                        + ", on to the Governing Board's vote; rejecting it returns it for revision (DOMAIN 6.3).",
                motionKind, "EXECUTIVE_COMMITTEE", reviewed.subject());
    }
}
