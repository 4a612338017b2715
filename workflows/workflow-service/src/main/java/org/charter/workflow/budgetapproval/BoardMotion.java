package org.charter.workflow.budgetapproval;

import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("budget", proposal);
        subject.put("version", version);
        String what = switch (motionKind) {
            case "FEE_SCHEDULE" -> "fee schedule";
            case "BUDGET_AMENDMENT" -> "budget amendment";
            default -> "budget";
        };
        String year = fiscalYear == null ? "" : " for " + fiscalYear;
        return new MotionProposal("Adopt the " + what + " " + proposal + year + " (version " + version + ")",
                "The Governing Board adopts the " + what + " " + proposal + year + ", version " + version
                        + ", as the Executive Committee referred it (DOMAIN 6.3).", motionKind, "GOVERNING_BOARD", subject);
    }
}
