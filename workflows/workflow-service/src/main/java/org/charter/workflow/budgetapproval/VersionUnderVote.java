package org.charter.workflow.budgetapproval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The proposal's version a committee motion puts to a vote (the Executive Committee's review or the
 * Board's decision): its {@link #subject()} names the version, so the budget service moves exactly
 * that version on the motion's outcome.
 *
 * @param fiscalYear null when unknown (left out of the name)
 */
record VersionUnderVote(String proposal, int version, String motionKind, String fiscalYear) {

    /** The motion's {@code subject}: {@code {"budget": proposal, "version": version}}. */
    Map<String, Object> subject() {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("budget", proposal);
        subject.put("version", version);
        return subject;
    }

    /** What is voted on, for the motion's title and text: "fee schedule FY2027-F1 for FY2027". */
    String named() {
        String what = switch (motionKind) {
            case "FEE_SCHEDULE" -> "fee schedule";
            case "BUDGET_AMENDMENT" -> "budget amendment";
            default -> "budget";
        };
        return what + " " + proposal + (fiscalYear == null ? "" : " for " + fiscalYear);
    }
}
