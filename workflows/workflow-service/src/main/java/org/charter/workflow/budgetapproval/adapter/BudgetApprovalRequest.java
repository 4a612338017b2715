package org.charter.workflow.budgetapproval.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The body of {@code POST /api/v1/processes/budget-approval}. */
@Schema(name = "StartBudgetApproval")
record BudgetApprovalRequest(
        @NotBlank @Size(max = 40) @Schema(description = "The proposal, submitted on the budget service (EC_REVIEW)",
                example = "FY2027-B1") String budget,
        @Schema(description = "Overrides of the periods, ISO-8601 durations: notice (P14D; P30D for a fee schedule),"
                + " vote (P7D), firstReminder (PT72H) and secondReminder (PT24H) before a poll closes", example = "{\"notice\":\"PT1M\",\"vote\":\"PT5M\"}") Map<String, String> periods,
        @Schema(description = "Overrides of the calendar's dates (DOMAIN 6.3), each an ISO-8601 instant or a duration from"
                + " the start: executiveReview (the end of March 1 before the fiscal year), boardDecision (the end of May 31)",
                example = "{\"executiveReview\":\"PT10M\",\"boardDecision\":\"2026-06-01T07:00:00Z\"}")
        Map<String, String> deadlines) {
}
