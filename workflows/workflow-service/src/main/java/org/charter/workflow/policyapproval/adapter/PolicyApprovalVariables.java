package org.charter.workflow.policyapproval.adapter;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.charter.voting.consensus.RoundOutcome;
import org.charter.workflow.correlation.ProcessMessage;
import org.charter.workflow.policyapproval.Outcome;
import org.charter.workflow.policyapproval.Periods;
import org.charter.workflow.poll.adapter.PollVariables;
import org.charter.workflow.process.adapter.ProcessContexts;

/**
 * The policy-approval process's variables, typed: the one place that knows their names (what
 * every process shares is {@link org.charter.workflow.process.adapter.ProcessVariables}'s, the poll open now
 * {@link PollVariables}'s); lists of member ids are comma-separated.
 */
final class PolicyApprovalVariables extends PollVariables {

    static final String MOTION = ProcessMessage.MOTION;
    static final Map<String, String> PERIOD_VARIABLES = Map.of("notice", "noticePeriod", "comment", "commentPeriod",
            "round", "roundPeriod", "voteNotice", "voteNoticePeriod", "vote", "votePeriod",
            "firstReminder", "firstReminder", "secondReminder", "secondReminder");

    private PolicyApprovalVariables(VariableScope scope) {
        super(scope);
    }

    static PolicyApprovalVariables of(VariableScope scope) {
        return new PolicyApprovalVariables(scope);
    }

    /** The variables a start sets: the motion, its calendar and the conversation it belongs to. */
    static Map<String, Object> atStart(String motion, Periods periods, String correlationId) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(MOTION, motion);
        variables.put(ProcessContexts.CORRELATION_ID, correlationId);
        putPeriods(variables, periods.asMap(), PERIOD_VARIABLES);
        variables.put("round", 0);
        variables.put("vote", 0);
        variables.put("roundOutcomes", "");
        variables.put("votesWithoutQuorum", 0);
        variables.put("revisionAttempt", 1);
        return variables;
    }

    Periods periods() {
        Map<String, Duration> byName = new LinkedHashMap<>();
        PERIOD_VARIABLES.keySet().forEach(name -> byName.put(name, period(PERIOD_VARIABLES, name)));
        return Periods.of(byName);
    }

    Map<String, String> periodTexts() {
        return periodTexts(Periods.NAMES, PERIOD_VARIABLES);
    }

    int round() {
        return integer("round");
    }

    int vote() {
        return integer("vote");
    }

    void nextRound() {
        increment("round");
    }

    /**
     * When the next round is due: the notice or comment period's end, fixed when its timer was set
     * (ADR 0072), so the round's window is the same in a retried job; none on an instance that
     * reached its timer before model version 3 (its round is planned in a job of its own).
     */
    Instant roundDueAt() {
        return instant("roundDueAt");
    }

    void roundDueAt(Instant dueAt) {
        instant("roundDueAt", dueAt);
    }

    /**
     * The flag the gateway after the planning tests: the round's window was moved to now
     * ({@link org.charter.workflow.policyapproval.RoundOpening}). Transient: it only steers the
     * gateway in the same transaction, so the automated path stores no variable more; a moved
     * round is also kept ({@code roundMovedToNowIn}, the round's number) for the call that opens it.
     */
    void roundMovedToNow(boolean moved) {
        scope.setVariable("roundMovedToNow", Variables.booleanValue(moved, true));
        if (moved) {
            scope.setVariable("roundMovedToNowIn", round());
        }
    }

    /** Whether the current round's window was moved to now (its call is a command of its own). */
    boolean roundMovedToNow() {
        Object movedIn = scope.getVariable("roundMovedToNowIn");
        return movedIn != null && (Integer) movedIn == round();
    }

    void nextVote() {
        increment("vote");
    }

    // ---------------------------------------------------------------- what the committee's events brought

    /** Set by the message correlation: the counted round's outcome. */
    RoundOutcome roundOutcome() {
        return RoundOutcome.valueOf((String) scope.getVariable("roundOutcome"));
    }

    List<String> toAnswer() {
        return split((String) scope.getVariable("toAnswer"));
    }

    List<RoundOutcome> roundOutcomes() {
        return split((String) scope.getVariable("roundOutcomes")).stream().map(RoundOutcome::valueOf).toList();
    }

    void roundOutcomes(List<RoundOutcome> outcomes) {
        scope.setVariable("roundOutcomes", String.join(",", outcomes.stream().map(Enum::name).toList()));
    }

    String voteOutcome() {
        return (String) scope.getVariable("voteOutcome");
    }

    int votesWithoutQuorum() {
        return integer("votesWithoutQuorum");
    }

    void votesWithoutQuorum(int count) {
        scope.setVariable("votesWithoutQuorum", count);
    }

    // ---------------------------------------------------------------- flags the gateways test, and the end

    void flags(boolean adopted, boolean rejected, boolean lapsed, boolean formalVoteNext) {
        scope.setVariable("adopted", adopted);
        scope.setVariable("rejected", rejected);
        scope.setVariable("lapsed", lapsed);
        scope.setVariable("formalVoteNext", formalVoteNext);
    }

    void outcome(Outcome outcome, String decidedBy, String pollId) {
        scope.setVariable("outcome", outcome.name());
        scope.setVariable("decidedBy", decidedBy);
        scope.setVariable("decisivePoll", pollId);
    }

    /** The end reached; a withdrawal, which no delegate assessed, is the one end without it. */
    Outcome outcome() {
        Object outcome = scope.getVariable("outcome");
        return outcome == null ? Outcome.WITHDRAWN : Outcome.valueOf(outcome.toString());
    }

    String decidedBy() {
        return (String) scope.getVariable("decidedBy");
    }

    String decisivePoll() {
        return (String) scope.getVariable("decisivePoll");
    }

    // ---------------------------------------------------------------- the revision task

    int revisionAttempt() {
        return integer("revisionAttempt");
    }

    void revisionHandled(boolean accepted, String problem) {
        scope.setVariable("revisionAccepted", accepted);
        scope.setVariable("revisionProblem", problem);
        increment("revisionAttempt");
        forget(List.of("revisedTitle", "revisedText", "revisionNote", "revisedBy"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::strip).toList();
    }
}
