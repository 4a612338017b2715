package org.charter.budget.proposal.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.charter.budget.fee.Assessment;
import org.charter.budget.fee.FeeSchedule;
import org.charter.budget.fee.RateBasis;
import org.charter.budget.fee.TierRate;
import org.charter.budget.line.BudgetLine;
import org.charter.budget.line.DeltaLine;
import org.charter.budget.line.LineKind;
import org.charter.budget.line.Lines;
import org.charter.membershiproll.member.Tier;

/** The JSON bodies of the budget commands. Shape errors are 400 naming the field; rule errors 422 or 409. */
final class BudgetRequests {

    private BudgetRequests() {
    }

    @Schema(name = "BudgetLine")
    record Line(@NotNull @Schema(example = "EXPENSE") LineKind kind,
                @NotBlank @Size(max = 64) @Schema(example = "PERSONNEL", description = "REVENUE: MEMBER_FEES, GRANTS, OTHER,"
                        + " RESERVE_DRAW; EXPENSE: a category of the consortium's own or RESERVE_CONTRIBUTION") String category,
                @Schema(description = "MEMBER_FEES lines only: the tier whose fees they are") Tier tier,
                @NotBlank @Size(max = 200) @Schema(example = "Staff") String description,
                @NotNull @Schema(example = "700000000", description = "integer USD cents, zero or more") Long amountCents) {
        BudgetLine toLine() {
            return new BudgetLine(kind, category, tier, description, amountCents);
        }
    }

    @Schema(name = "ProposeBudget")
    record Propose(@NotBlank @Schema(example = "FY2027") String fiscalYear,
                   @NotEmpty @Size(max = Lines.MAX_LINES) List<@Valid @NotNull Line> lines) {
        Lines toLines() {
            return new Lines(lines.stream().map(Line::toLine).toList());
        }
    }

    @Schema(name = "ReviseBudget")
    record Revise(@NotEmpty @Size(max = Lines.MAX_LINES) List<@Valid @NotNull Line> lines,
                  @Size(max = 5_000) @Schema(description = "What changed and why (answers the review)") String note) {
        Lines toLines() {
            return new Lines(lines.stream().map(Line::toLine).toList());
        }
    }

    @Schema(name = "ReviewComments")
    record Comments(@Size(max = 10_000) @Schema(description = "The Executive Committee's comments (required to return)")
                    String comments) {
    }

    @Schema(name = "ExecutiveCommitteeComments")
    record ExecutiveCommitteeComments(
            @NotBlank @Size(max = 10_000) @Schema(description = "What the Executive Committee said when its poll returned"
                    + " the version") String comments,
            @Size(max = Lines.MAX_LINES) @Schema(description = "Maybe a comment per line of the returned version")
            List<@Valid @NotNull LineComment> lines) {
        List<org.charter.budget.proposal.LineComment> toLineComments() {
            return lines == null ? List.of() : lines.stream().map(LineComment::toLineComment).toList();
        }
    }

    @Schema(name = "LineComment")
    record LineComment(@NotNull @Schema(example = "EXPENSE") LineKind kind,
                       @NotBlank @Size(max = 64) @Schema(example = "TRAVEL") String category,
                       @Schema(description = "MEMBER_FEES lines only") Tier tier,
                       @NotBlank @Size(max = 200) @Schema(example = "Trips") String description,
                       @NotBlank @Size(max = 5_000) @Schema(example = "halve it") String comment) {
        org.charter.budget.proposal.LineComment toLineComment() {
            return new org.charter.budget.proposal.LineComment(kind, category, tier, description, comment);
        }
    }

    @Schema(name = "TierRate")
    record Rate(@NotNull Tier tier, @NotNull RateBasis basis,
                @Schema(example = "955.5", description = "PER_STUDENT: cents a projected tested student, up to 4 decimals")
                BigDecimal centsPerStudent,
                @Schema(example = "2500000", description = "FLAT: cents a member") Long flatCents) {
        TierRate toRate() {
            return new TierRate(tier, basis, centsPerStudent, flatCents);
        }
    }

    @Schema(name = "FeeAssessment")
    record Billed(@NotBlank @Size(max = 16) @Schema(example = "CA") String member, @NotNull Tier tier,
                  @Schema(example = "3000000", description = "projected tested students (PER_STUDENT tiers)") long projectedStudents) {
        Assessment toAssessment() {
            return new Assessment(member, tier, projectedStudents);
        }
    }

    @Schema(name = "ProposeFeeSchedule")
    record ProposeSchedule(@NotBlank @Schema(example = "FY2027") String fiscalYear,
                           @NotEmpty @Size(max = 3) List<@Valid @NotNull Rate> rates,
                           @Size(max = FeeSchedule.MAX_ASSESSMENTS) List<@Valid @NotNull Billed> assessments) {
        FeeSchedule toSchedule() {
            return new FeeSchedule(rates.stream().map(Rate::toRate).toList(),
                    assessments == null ? List.of() : assessments.stream().map(Billed::toAssessment).toList());
        }
    }

    @Schema(name = "AmendmentLine")
    record Delta(@NotNull LineKind kind, @NotBlank @Size(max = 64) String category, Tier tier,
                 @NotBlank @Size(max = 200) String description,
                 @NotNull @Schema(example = "-2500000", description = "cents added to the line (negative lowers it), not 0")
                 Long deltaCents) {
        DeltaLine toDelta() {
            return new DeltaLine(kind, category, tier, description, deltaCents);
        }
    }

    @Schema(name = "ProposeAmendment")
    record ProposeAmendment(@NotBlank @Schema(example = "FY2027") String fiscalYear,
                            @NotEmpty @Size(max = Lines.MAX_LINES) List<@Valid @NotNull Delta> lines,
                            @Size(max = 5_000) String reason) {
        List<DeltaLine> toDeltas() {
            return lines.stream().map(Delta::toDelta).toList();
        }
    }
}
