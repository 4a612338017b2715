package org.charter.workflow.budgetapproval.adapter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.charter.platform.event.CommandContext;
import org.charter.workflow.budget.Budget;
import org.charter.workflow.budgetapproval.BudgetCalendar;
import org.charter.workflow.budgetapproval.BudgetPeriods;
import org.charter.workflow.budgetapproval.StartableBudget;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.process.ProcessStart;
import org.charter.workflow.process.StartableProcess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a budget approval starts: for a proposal the budget service holds in {@code DRAFT} (prepared
 * in the process first) or {@code EC_REVIEW} ({@link StartableBudget}), with the periods of its kind and the calendar's dates of its fiscal year
 * ({@link BudgetCalendar}), defaults overridden per start.
 */
@Component
class BudgetApprovalStart implements StartableProcess<BudgetApprovalRequest> {

    static final String PROCESS = "budget-approval";

    private final Budget budget;
    private final boolean executiveCommitteePolls;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param executiveCommitteePolls the Executive Committee reviews by its polls on the committee service
     *                                (ADR 0038); false where no Executive Committee is seated (the secretary's task)
     */
    /** @param zone the consortium's zone, whose day boundaries the calendar's dates are (DOMAIN.md preamble) */
    BudgetApprovalStart(Budget budget,
                        @Value("${charter.workflow.budget-approval.executive-committee-polls:true}") boolean executiveCommitteePolls,
                        Clock clock, @Value("${charter.workflow.zone:America/Los_Angeles}") ZoneId zone) {
        this.budget = budget;
        this.executiveCommitteePolls = executiveCommitteePolls;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public String key() {
        return PROCESS;
    }

    @Override
    public Class<BudgetApprovalRequest> requestType() {
        return BudgetApprovalRequest.class;
    }

    @Override
    public String businessKey(BudgetApprovalRequest request) {
        return request.budget();
    }

    @Override
    public ProcessStart prepare(BudgetApprovalRequest request, CommandContext context) {
        BudgetPeriods.check(request.periods());
        Instant now = clock.instant();
        BudgetCalendar.check(request.deadlines(), now);
        var proposal = StartableBudget.require(request.budget(), budget.proposal(request.budget(),
                new CommandSource(null, context.correlationId(), context.actor().subject())));
        BudgetPeriods periods = BudgetPeriods.defaultsWith(proposal.motionKind(), request.periods());
        BudgetCalendar calendar = BudgetCalendar.defaultsWith(proposal.fiscalYear(), proposal.motionKind(), zone,
                request.deadlines(), now);
        Map<String, String> texts = new LinkedHashMap<>();
        periods.asMap().forEach((name, value) -> texts.put(name, value.toString()));
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("budget", proposal.id());
        shown.put("budgetVersion", proposal.version());
        shown.put("budgetStatus", proposal.status());
        shown.put("motionKind", proposal.motionKind());
        shown.put("periods", texts);
        Map<String, String> dates = new LinkedHashMap<>();
        calendar.asMap().forEach((name, value) -> dates.put(name, value.toString()));
        shown.put("deadlines", dates);
        return new ProcessStart(proposal.id(), BudgetApprovalVariables.atStart(proposal, periods, calendar,
                context.correlationId(), executiveCommitteePolls), shown);
    }

    /** A fee schedule's notice defaults to 30 days instead (§3.5): the start reads the proposal's motion kind. */
    @Override
    public Map<String, Duration> defaultPeriods() {
        return BudgetPeriods.defaults(null).asMap();
    }

    @Override
    public Set<String> progressVariables() {
        return Set.of("budget", "budgetVersion", "reviews", "executiveMotion", "executivePollId",
                "executivePollProblem", "preparationProblem", "reviewProblem", "resubmissionProblem", "motion", "vote", "executiveReviewBy",
                "boardDecisionBy", "continuingVoteOpensBy",
                "pollId", "voteOutcome", "outcome");
    }
}
