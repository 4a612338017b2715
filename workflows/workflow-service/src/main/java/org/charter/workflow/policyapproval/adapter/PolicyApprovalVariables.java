package org.charter.workflow.policyapproval.adapter;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
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
    /** The periods' variables up to model version 3, one each (an instance started then still has them). */
    static final Map<String, String> PERIOD_VARIABLES = Map.of("notice", "noticePeriod", "comment", "commentPeriod",
            "round", "roundPeriod", "voteNotice", "voteNoticePeriod", "vote", "votePeriod",
            "firstReminder", "firstReminder", "secondReminder", "secondReminder");
    /**
     * Since version 4 (ADR 0074) the calendar is one variable, {@code name=ISO-8601} pairs in the
     * order of {@link Periods#NAMES}: the timers read due dates the delegates fix, so no period
     * needs a variable of its own but the reminders' lead times, which the reminder tasks' inputs read.
     */
    static final String CALENDAR = "calendar";
    private static final List<String> REMINDER_VARIABLES = List.of("firstReminder", "secondReminder");

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
        variables.put(CALENDAR, calendarText(periods));
        REMINDER_VARIABLES.forEach(name -> variables.put(name, periods.asMap().get(name).toString()));
        variables.put("round", 0);
        variables.put("vote", 0);
        variables.put("roundOutcomes", "");
        return variables;
    }

    private static String calendarText(Periods periods) {
        return String.join(",", periods.asMap().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    Periods periods() {
        Map<String, Duration> byName = new LinkedHashMap<>();
        periodTexts().forEach((name, text) -> byName.put(name, Duration.parse(text)));
        return Periods.of(byName);
    }

    /** The periods as the start set them, in the documented order: from the calendar, or one variable each before version 4. */
    Map<String, String> periodTexts() {
        Object calendar = scope.getVariable(CALENDAR);
        if (calendar == null) {
            return periodTexts(Periods.NAMES, PERIOD_VARIABLES);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String pair : split((String) calendar)) {
            int equals = pair.indexOf('=');
            texts.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return texts;
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

    /**
     * Gives the formal vote's notice from {@code now}: it ends after the vote notice period, the date
     * the vote notice's timer reads ({@code voteDueAt}, since version 4); set only on the path to a
     * vote, by whichever assessment leads to one.
     */
    void voteNoticeFrom(Instant now) {
        instant("voteDueAt", now.plus(periods().voteNotice()));
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

    /** Consecutive formal votes without quorum; none before the first vote (not stored until then since version 4). */
    int votesWithoutQuorum() {
        Object count = scope.getVariable("votesWithoutQuorum");
        return count == null ? 0 : (Integer) count;
    }

    void votesWithoutQuorum(int count) {
        scope.setVariable("votesWithoutQuorum", count);
    }

    // ---------------------------------------------------------------- flags the gateways test, and the end

    /**
     * The flags the gateway right after the assessing delegate tests, in the same transaction: transient
     * (no row written, ADR 0074), but stored as before where an assessment before this change stored
     * them (the engine refuses to turn a stored variable transient).
     */
    void flags(boolean adopted, boolean rejected, boolean lapsed, boolean formalVoteNext) {
        gatewayFlag("adopted", adopted);
        gatewayFlag("rejected", rejected);
        gatewayFlag("lapsed", lapsed);
        gatewayFlag("formalVoteNext", formalVoteNext);
    }

    private void gatewayFlag(String name, boolean value) {
        TypedValue stored = scope.getVariableTyped(name);
        scope.setVariable(name, Variables.booleanValue(value, stored == null || stored.isTransient()));
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

    /** The revision's attempt, from 1 (not stored until the first revision was handled since version 4). */
    int revisionAttempt() {
        Object attempt = scope.getVariable("revisionAttempt");
        return attempt == null ? 1 : (Integer) attempt;
    }

    void revisionHandled(boolean accepted, String problem) {
        scope.setVariable("revisionAccepted", accepted);
        scope.setVariable("revisionProblem", problem);
        scope.setVariable("revisionAttempt", revisionAttempt() + 1);
        forget(List.of("revisedTitle", "revisedText", "revisionNote", "revisedBy"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::strip).toList();
    }
}
