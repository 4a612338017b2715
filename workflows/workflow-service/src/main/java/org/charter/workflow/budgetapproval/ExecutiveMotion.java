package org.charter.workflow.budgetapproval;

import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("budget", proposal);
        subject.put("version", version);
        String what = switch (motionKind) {
            case "FEE_SCHEDULE" -> "fee schedule";
            case "BUDGET_AMENDMENT" -> "budget amendment";
            default -> "budget";
        };
        String year = fiscalYear == null ? "" : " for " + fiscalYear;
        return new MotionProposal("Refer the " + what + " " + proposal + year + " (version " + version + ") to the Board",
                "The Executive Committee sends the " + what + " " + proposal + year + ", version " + version
                        + ", on to the Governing Board's vote; rejecting it returns it for revision (DOMAIN 6.3).",
                motionKind, "EXECUTIVE_COMMITTEE", subject);
    }
}
