package org.charter.budget.proposal;

import org.charter.budget.line.LineKey;
import org.charter.budget.line.LineKind;
import org.charter.membershiproll.member.Tier;

/** The Executive Committee's comment on one line of the version it returned (named as {@link LineKey} names it). */
public record LineComment(LineKind kind, String category, Tier tier, String description, String comment) {

    public LineKey key() {
        return new LineKey(kind, category, tier, description);
    }
}
