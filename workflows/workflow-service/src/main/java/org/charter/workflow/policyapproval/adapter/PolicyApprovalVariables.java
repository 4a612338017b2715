package org.charter.workflow.policyapproval.adapter;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.charter.voting.consensus.RoundOutcome;
import org.charter.workflow.policyapproval.Outcome;
import org.charter.workflow.policyapproval.Periods;
import org.charter.workflow.policyapproval.PollWindow;

/**
 * The policy-approval process's variables, typed: the one place that knows their names. Periods
 * are ISO-8601 strings (timers read {@code ${noticePeriod}}, Cockpit shows them as written);
 * instants that timers read are {@link Date}s; lists of member ids are comma-separated.
 */
final class PolicyApprovalVariables {

    static final String MOTION = "motion";
    static final String INITIATOR = "initiator";
    static final String CORRELATION_ID = "correlationId";
    static final Map<String, String> PERIOD_VARIABLES = Map.of("notice", "noticePeriod", "comment", "commentPeriod",
            "round", "roundPeriod", "voteNotice", "voteNoticePeriod", "vote", "votePeriod",
            "firstReminder", "firstReminder", "secondReminder", "secondReminder");

    private final VariableScope scope;

    private PolicyApprovalVariables(VariableScope scope) {
        this.scope = scope;
    }

    static PolicyApprovalVariables of(VariableScope scope) {
        return new PolicyApprovalVariables(scope);
    }

    /** The variables a start sets: the motion, its calendar and the conversation it belongs to. */
    static Map<String, Object> atStart(String motion, Periods periods, String correlationId) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(MOTION, motion);
        variables.put(CORRELATION_ID, correlationId);
        periods.asMap().forEach((name, value) -> variables.put(PERIOD_VARIABLES.get(name), value.toString()));
        variables.put("round", 0);
        variables.put("vote", 0);
        variables.put("roundOutcomes", "");
        variables.put("votesWithoutQuorum", 0);
        variables.put("revisionAttempt", 1);
        return variables;
    }

    String motion() {
        return (String) scope.getVariable(MOTION);
    }

    String initiator() {
        Object initiator = scope.getVariable(INITIATOR);
        return initiator == null ? "unknown" : initiator.toString();
    }

    String correlationId() {
        return (String) scope.getVariable(CORRELATION_ID);
    }

    Periods periods() {
        Map<String, Duration> byName = new LinkedHashMap<>();
        PERIOD_VARIABLES.forEach((name, variable) -> byName.put(name, Duration.parse((String) scope.getVariable(variable))));
        return Periods.of(byName);
    }

    Map<String, String> periodTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : Periods.NAMES) {
            texts.put(name, (String) scope.getVariable(PERIOD_VARIABLES.get(name)));
        }
        return texts;
    }

    int round() {
        return (Integer) scope.getVariable("round");
    }

    int vote() {
        return (Integer) scope.getVariable("vote");
    }

    void nextRound() {
        scope.setVariable("round", round() + 1);
    }

    void nextVote() {
        scope.setVariable("vote", vote() + 1);
    }

    void window(PollWindow window) {
        scope.setVariable("pollOpensAt", Date.from(window.opensAt()));
        scope.setVariable("pollClosesAt", Date.from(window.closesAt()));
        scope.setVariable("firstReminderAt", Date.from(window.firstReminderAt()));
        scope.setVariable("secondReminderAt", Date.from(window.secondReminderAt()));
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
        return (Integer) scope.getVariable("votesWithoutQuorum");
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

    String text(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    int revisionAttempt() {
        return (Integer) scope.getVariable("revisionAttempt");
    }

    void revisionHandled(boolean accepted, String problem) {
        scope.setVariable("revisionAccepted", accepted);
        scope.setVariable("revisionProblem", problem);
        scope.setVariable("revisionAttempt", revisionAttempt() + 1);
        // what was handed in is used once: the next revision task starts empty
        for (String handedIn : List.of("revisedTitle", "revisedText", "revisionNote", "revisedBy")) {
            scope.removeVariable(handedIn);
        }
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::strip).toList();
    }
}
