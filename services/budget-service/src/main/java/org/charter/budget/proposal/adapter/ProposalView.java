package org.charter.budget.proposal.adapter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.charter.budget.fee.MemberFee;
import org.charter.budget.fee.TierRate;
import org.charter.budget.line.BudgetLine;
import org.charter.budget.line.DeltaLine;
import org.charter.membershiproll.member.Tier;
import org.charter.budget.proposal.Proposal;
import org.charter.budget.proposal.ProposalKind;
import org.charter.budget.proposal.ProposalStatus;

/**
 * A proposal as the API shows it: a budget's current lines and totals, a fee schedule's rates,
 * fees and tier totals, or an amendment's delta lines; its status and every step so far.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProposalView(String id, String fiscalYear, ProposalKind kind, ProposalStatus status, int version,
                    String motionKind, List<BudgetLine> lines, Long revenueCents, Long expenseCents, Long gapCents,
                    List<TierRate> rates, List<MemberFee> fees, Map<Tier, Long> tierTotals,
                    String amends, List<DeltaLine> deltaLines, Long revenueDeltaCents, Long expenseDeltaCents, String reason,
                    List<Proposal.Step> steps, List<Proposal.ExecutiveCommitteeComments> executiveCommitteeComments) {

    static ProposalView of(Proposal p) {
        String fy = p.id().year().toString();
        return switch (p.kind()) {
            case BUDGET -> new ProposalView(p.id().toString(), fy, p.kind(), p.status(), p.version(), p.kind().motionKind(),
                    p.lines().lines(), p.lines().revenueCents(), p.lines().expenseCents(), p.lines().gapCents(), null, null,
                    null, null, null, null, null, null, p.steps(), p.executiveCommitteeComments());
            case FEE_SCHEDULE -> new ProposalView(p.id().toString(), fy, p.kind(), p.status(), p.version(),
                    p.kind().motionKind(), null, null, null, null, p.schedule().rates(),
                    p.schedule().assessments().stream().map(p.schedule()::fullYearFee).toList(), p.schedule().tierTotals(),
                    null, null, null, null, null, p.steps(), p.executiveCommitteeComments());
            case AMENDMENT -> new ProposalView(p.id().toString(), fy, p.kind(), p.status(), p.version(),
                    p.kind().motionKind(), null, null, null, null, null, null, null, p.amends(), p.deltas(),
                    p.revenueDeltaCents(), p.expenseDeltaCents(), p.reason(), p.steps(), p.executiveCommitteeComments());
        };
    }
}
