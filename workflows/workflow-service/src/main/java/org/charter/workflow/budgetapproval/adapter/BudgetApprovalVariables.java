package org.charter.workflow.budgetapproval.adapter;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.charter.workflow.budget.Budget.Proposal;
import org.charter.workflow.budgetapproval.BudgetOutcome;
import org.charter.workflow.budgetapproval.BudgetPeriods;
import org.charter.workflow.correlation.adapter.Correlator;
import org.charter.workflow.process.adapter.ProcessContexts;

/**
 * The budget-approval process's variables, typed: the one place that knows their names. Periods
 * are ISO-8601 strings (timers read {@code ${noticePeriod}}); instants are {@link Date}s. The
 * Board motion is {@value Correlator#MOTION}, the variable the committee's facts are correlated by.
 */
final class BudgetApprovalVariables {

    static final String BUDGET = "budget";
    static final Map<String, String> PERIOD_VARIABLES = Map.of("notice", "noticePeriod", "vote", "votePeriod",
            "deadline", "deadline");

    private final VariableScope scope;

    private BudgetApprovalVariables(VariableScope scope) {
        this.scope = scope;
    }

    static BudgetApprovalVariables of(VariableScope scope) {
        return new BudgetApprovalVariables(scope);
    }

    static Map<String, Object> atStart(Proposal proposal, BudgetPeriods periods, String correlationId) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(BUDGET, proposal.id());
        variables.put("budgetVersion", proposal.version());
        variables.put("motionKind", proposal.motionKind());
        variables.put("fiscalYear", proposal.fiscalYear());
        variables.put(ProcessContexts.CORRELATION_ID, correlationId);
        periods.asMap().forEach((name, value) -> variables.put(PERIOD_VARIABLES.get(name), value.toString()));
        variables.put("reviews", 1);
        variables.put("attempt", 1);
        variables.put("vote", 0);
        variables.put("votesWithoutQuorum", 0);
        return variables;
    }

    String budget() {
        return (String) scope.getVariable(BUDGET);
    }

    int budgetVersion() {
        return (Integer) scope.getVariable("budgetVersion");
    }

    void budgetVersion(int version) {
        scope.setVariable("budgetVersion", version);
    }

    String motionKind() {
        return (String) scope.getVariable("motionKind");
    }

    String fiscalYear() {
        return (String) scope.getVariable("fiscalYear");
    }

    String initiator() {
        Object initiator = scope.getVariable(ProcessContexts.INITIATOR);
        return initiator == null ? "unknown" : initiator.toString();
    }

    String correlationId() {
        return (String) scope.getVariable(ProcessContexts.CORRELATION_ID);
    }

    Duration period(String name) {
        return Duration.parse((String) scope.getVariable(PERIOD_VARIABLES.get(name)));
    }

    Map<String, String> periodTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : BudgetPeriods.NAMES) {
            texts.put(name, (String) scope.getVariable(PERIOD_VARIABLES.get(name)));
        }
        return texts;
    }

    // ---------------------------------------------------------------- the Executive Committee's review

    /**
     * The loop count of the review and resubmission commands: every attempt its own key, so one
     * the budget refused (and keeps refusing under its key) can be tried again once fixed.
     */
    int attempt() {
        return (Integer) scope.getVariable("attempt");
    }

    private void nextAttempt() {
        scope.setVariable("attempt", attempt() + 1);
    }

    int reviews() {
        return (Integer) scope.getVariable("reviews");
    }

    String text(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** Sets the gateway's flags; what was handed in at the task is used once. */
    void reviewHandled(boolean referred, boolean returned, String problem) {
        scope.setVariable("referred", referred);
        scope.setVariable("returned", returned);
        scope.setVariable("reviewProblem", problem);
        nextAttempt();
        for (String handedIn : new String[] {"executiveDecision", "executiveComments", "reviewedBy"}) {
            scope.removeVariable(handedIn);
        }
    }

    void resubmissionHandled(boolean resubmitted, String problem) {
        scope.setVariable("resubmitted", resubmitted);
        scope.setVariable("resubmissionProblem", problem);
        nextAttempt();
        if (resubmitted) {
            scope.setVariable("reviews", reviews() + 1);
        }
    }

    // ---------------------------------------------------------------- the Board vote

    String motion() {
        return (String) scope.getVariable(Correlator.MOTION);
    }

    void motion(String motion) {
        scope.setVariable(Correlator.MOTION, motion);
    }

    int vote() {
        return (Integer) scope.getVariable("vote");
    }

    void nextVote() {
        scope.setVariable("vote", vote() + 1);
    }

    void window(Instant opensAt, Instant closesAt) {
        scope.setVariable("pollOpensAt", Date.from(opensAt));
        scope.setVariable("pollClosesAt", Date.from(closesAt));
    }

    Instant pollOpensAt() {
        return ((Date) scope.getVariable("pollOpensAt")).toInstant();
    }

    Instant pollClosesAt() {
        return ((Date) scope.getVariable("pollClosesAt")).toInstant();
    }

    String pollId() {
        return (String) scope.getVariable("pollId");
    }

    void pollId(String pollId) {
        scope.setVariable("pollId", pollId);
    }

    /** Set by the message correlation: the committee's ADOPTED, REJECTED or NO_QUORUM. */
    String voteOutcome() {
        return (String) scope.getVariable("voteOutcome");
    }

    int votesWithoutQuorum() {
        return (Integer) scope.getVariable("votesWithoutQuorum");
    }

    void votesWithoutQuorum(int count) {
        scope.setVariable("votesWithoutQuorum", count);
    }

    void flags(boolean adopted, boolean rejected, boolean anotherVote) {
        scope.setVariable("adopted", adopted);
        scope.setVariable("rejected", rejected);
        scope.setVariable("anotherVote", anotherVote);
    }

    void outcome(BudgetOutcome outcome) {
        scope.setVariable("outcome", outcome.name());
    }

    BudgetOutcome outcome() {
        return BudgetOutcome.valueOf((String) scope.getVariable("outcome"));
    }
}
