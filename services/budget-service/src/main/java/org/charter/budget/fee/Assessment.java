package org.charter.budget.fee;

import java.util.regex.Pattern;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.RuleViolation;

/** A member the schedule bills, in its tier, with its projected tested students (PER_STUDENT tiers). */
public record Assessment(String member, Tier tier, long projectedStudents) {

    public static final long MAX_STUDENTS = 1_000_000_000L;

    private static final Pattern MEMBER = Pattern.compile("[A-Z0-9](?:[A-Z0-9-]{0,14}[A-Z0-9])?");

    public Assessment {
        if (member == null || !MEMBER.matcher(member).matches()) {
            throw new RuleViolation("INVALID_FEE_SCHEDULE", "assessments.member: a member id such as CA or USVI, was: " + member);
        }
        if (tier == null) {
            throw new RuleViolation("INVALID_FEE_SCHEDULE", "assessments." + member + ".tier: GOVERNING, AFFILIATE or LICENSEE");
        }
        if (projectedStudents < 0) {
            throw new RuleViolation("NEGATIVE_AMOUNT", "assessments." + member + ".projectedStudents is " + projectedStudents
                    + ": zero or more");
        }
        if (projectedStudents > MAX_STUDENTS) {
            throw new RuleViolation("AMOUNT_TOO_LARGE", "assessments." + member + ".projectedStudents: at most " + MAX_STUDENTS);
        }
    }
}
