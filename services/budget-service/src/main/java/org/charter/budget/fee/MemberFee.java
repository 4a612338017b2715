package org.charter.budget.fee;

import org.charter.membershiproll.member.Tier;

/** What one member owes for a fiscal year: {@code months} billed of 12, the fee rounded half-even to the cent. */
public record MemberFee(String member, Tier tier, long projectedStudents, int months, long feeCents) {
}
