package org.charter.workflow.budgetapproval.adapter;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.charter.workflow.budget.Budget.Proposal;
import org.charter.workflow.budgetapproval.BudgetCalendar;
import org.charter.workflow.budgetapproval.BudgetOutcome;
import org.charter.workflow.budgetapproval.BudgetPeriods;
import org.charter.workflow.budgetapproval.ExecutivePollAssessment;
import org.charter.workflow.budgetapproval.StartableBudget;
import org.charter.workflow.correlation.adapter.Correlator;
import org.charter.workflow.poll.PollWindow;
import org.charter.workflow.poll.adapter.PollVariables;
import org.charter.workflow.process.adapter.ProcessContexts;

/**
 * The budget-approval process's variables, typed: the one place that knows their names (what
 * every process shares is {@link org.charter.workflow.process.adapter.ProcessVariables}'s, the poll open now
 * {@link PollVariables}'s). The
 * Board motion is {@value Correlator#MOTION}, the variable the committee's facts are correlated by.
 */
final class BudgetApprovalVariables extends PollVariables {

    static final String BUDGET = "budget";
    static final String EXECUTIVE_COMMITTEE_POLLS = "executiveCommitteePolls";
    static final String PREPARATION_DUE = "preparationDue";
    /** {@code deadline}: model version 2's only (its instances finish on it). */
    static final Map<String, String> PERIOD_VARIABLES = Map.of("notice", "noticePeriod", "vote", "votePeriod",
            "deadline", "deadline", "firstReminder", "firstReminder", "secondReminder", "secondReminder");
    static final String EXECUTIVE_REVIEW_BY = "executiveReviewBy";
    static final String BOARD_DECISION_BY = "boardDecisionBy";

    private BudgetApprovalVariables(VariableScope scope) {
        super(scope);
    }

    static BudgetApprovalVariables of(VariableScope scope) {
        return new BudgetApprovalVariables(scope);
    }

    /**
     * @param calendar                the dates the timers read (as {@link java.util.Date}s)
     * @param executiveCommitteePolls the Executive Committee reviews by its polls, else by the secretary's task
     */
    static Map<String, Object> atStart(Proposal proposal, BudgetPeriods periods, BudgetCalendar calendar,
                                       String correlationId, boolean executiveCommitteePolls) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(BUDGET, proposal.id());
        variables.put("budgetVersion", proposal.version());
        variables.put("motionKind", proposal.motionKind());
        variables.put("fiscalYear", proposal.fiscalYear());
        variables.put(ProcessContexts.CORRELATION_ID, correlationId);
        putPeriods(variables, periods.asMap(), PERIOD_VARIABLES);
        variables.put(EXECUTIVE_REVIEW_BY, Date.from(calendar.executiveReviewBy()));
        variables.put(BOARD_DECISION_BY, Date.from(calendar.boardDecisionBy()));
        variables.put("reviews", 1);
        variables.put("attempt", 1);
        variables.put("vote", 0);
        variables.put("votesWithoutQuorum", 0);
        variables.put(EXECUTIVE_COMMITTEE_POLLS, executiveCommitteePolls);
        variables.put(PREPARATION_DUE, StartableBudget.preparationDue(proposal));
        variables.put("executivePolls", 0);
        variables.put("executivePollsOpened", 0);
        return variables;
    }

    String budget() {
        return (String) scope.getVariable(BUDGET);
    }

    int budgetVersion() {
        return integer("budgetVersion");
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

    Duration period(String name) {
        return period(PERIOD_VARIABLES, name);
    }

    Map<String, String> periodTexts() {
        return periodTexts(BudgetPeriods.NAMES, PERIOD_VARIABLES);
    }

    /**
     * The window of a poll opening now for the vote period (the Executive Committee's or the
     * Board's), with its reminders (model version 5). An instance of an earlier version was started
     * without the reminders' periods and its model has no reminder timers: the defaults stand in.
     */
    PollWindow voteWindow(Instant now) {
        BudgetPeriods defaults = BudgetPeriods.defaults(motionKind());
        return PollWindow.opening(now, period("vote"), periodOr("firstReminder", defaults.firstReminder()),
                periodOr("secondReminder", defaults.secondReminder()));
    }

    private Duration periodOr(String name, Duration absent) {
        return scope.getVariable(PERIOD_VARIABLES.get(name)) == null ? absent : period(name);
    }

    // ---------------------------------------------------------------- the calendar (DOMAIN.md §6.3, §6.5)

    Map<String, String> calendarTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("executiveReview", instant(EXECUTIVE_REVIEW_BY).toString());
        texts.put("boardDecision", instant(BOARD_DECISION_BY).toString());
        return texts;
    }

    /** The year went continuing: the budget service's texts (the message's variables) as the dates the timer and the check read. */
    void yearContinuing() {
        instant("continuingVoteOpensBy", Instant.parse(text("voteOpensBy")));
        instant("continuingSince", Instant.parse(text("yearContinuingSince")));
    }

    Instant continuingVoteOpensBy() {
        return instant("continuingVoteOpensBy");
    }

    Instant continuingSince() {
        return instant("continuingSince");
    }

    // ---------------------------------------------------------------- the preparation (model version 4)

    /** Sets the gateway's flag; a refusal is shown in the preparation task it goes back to. */
    void preparationHandled(boolean submitted, String problem) {
        scope.setVariable("submitted", submitted);
        scope.setVariable("preparationProblem", problem);
        nextAttempt();
    }

    // ---------------------------------------------------------------- the Executive Committee's review

    /**
     * The loop count of the review and resubmission commands: every attempt its own key, so one
     * the budget refused (and keeps refusing under its key) can be tried again once fixed.
     */
    int attempt() {
        return integer("attempt");
    }

    private void nextAttempt() {
        increment("attempt");
    }

    int reviews() {
        return integer("reviews");
    }

    /** Sets the gateway's flags; what was handed in at the task is used once. */
    void reviewHandled(boolean referred, boolean returned, String problem) {
        scope.setVariable("referred", referred);
        scope.setVariable("returned", returned);
        scope.setVariable("reviewProblem", problem);
        nextAttempt();
        forget(List.of("executiveDecision", "executiveComments", "reviewedBy"));
    }

    void resubmissionHandled(boolean resubmitted, String problem) {
        scope.setVariable("resubmitted", resubmitted);
        scope.setVariable("resubmissionProblem", problem);
        nextAttempt();
        if (resubmitted) {
            increment("reviews");
        }
    }

    // ---------------------------------------------------------------- the Executive Committee's poll

    /**
     * The Executive Committee motion reviewing this version: the committee's facts are correlated
     * by it (as {@value Correlator#MOTION}) until the Board motion replaces it; its polls count from 0.
     */
    void executiveMotion(String motion) {
        scope.setVariable("executiveMotion", motion);
        motion(motion);
        scope.setVariable("executivePolls", 0);
    }

    int executivePolls() {
        return integer("executivePolls");
    }

    /** A number of its own for every Executive Committee poll the process opens (the command's key). */
    int nextExecutivePoll() {
        increment("executivePollsOpened");
        return integer("executivePollsOpened");
    }

    /**
     * The poll is open: its window is the process's poll window until the Board's replaces it (the
     * reminders read it), numbered as its command was ({@link #nextExecutivePoll()}).
     */
    void executivePollOpened(String pollId, PollWindow window) {
        increment("executivePolls");
        scope.setVariable("executivePollId", pollId);
        pollId(pollId); // the committee's count is matched by it, as the Board's is later
        window(window, integer("executivePollsOpened"));
        scope.setVariable("executivePollOpened", true);
        scope.setVariable("executivePollProblem", null);
    }

    /** No poll (no Executive Committee seat held): the secretary's task records the review, told why. */
    void executivePollNotOpened(String problem) {
        scope.setVariable("executivePollOpened", false);
        scope.setVariable("executivePollProblem", problem);
    }

    void executiveAssessment(ExecutivePollAssessment assessment) {
        scope.setVariable("executiveApproved", assessment.approved());
        scope.setVariable("executiveReturned", assessment.returned());
        scope.setVariable("anotherExecutivePoll", assessment.anotherPoll());
        if (assessment.handReview()) {
            scope.setVariable("executivePollProblem", "the Executive Committee's polls on version " + budgetVersion()
                    + " had no quorum twice: record its review by hand");
        }
    }

    // ---------------------------------------------------------------- the Board vote

    int vote() {
        return integer("vote");
    }

    void nextVote() {
        increment("vote");
    }

    /**
     * When the approval's last Board vote closes, null before the first: the Executive Committee's
     * polls, which come before it, share the poll window's variables.
     */
    Instant lastBoardVoteClosesAt() {
        return vote() == 0 ? null : pollClosesAt();
    }

    /** Set by the message correlation: the committee's ADOPTED, REJECTED or NO_QUORUM. */
    String voteOutcome() {
        return (String) scope.getVariable("voteOutcome");
    }

    int votesWithoutQuorum() {
        return integer("votesWithoutQuorum");
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
