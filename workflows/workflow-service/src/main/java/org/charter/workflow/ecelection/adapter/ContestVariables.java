package org.charter.workflow.ecelection.adapter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.charter.workflow.correlation.ElectionMessages;
import org.charter.workflow.ecelection.ContestOutcome;
import org.charter.workflow.ecelection.Seating;
import org.charter.workflow.ecelection.SlateOutcome;
import org.charter.workflow.process.adapter.RecordCompleter;

/**
 * The {@code ec-contest} process's variables, typed: the election's (it gets them all from the
 * {@code ec-election} process that calls it, with {@code contestIndex} and {@code electionProcess},
 * whose stream records its milestones), the contest it follows ({@value ElectionMessages#CONTEST},
 * which the election's facts are correlated by: the runoff's once one is slated), what those
 * facts brought (texts) and the dates its timers read.
 */
final class ContestVariables extends EcElectionVariables {

    private ContestVariables(VariableScope scope) {
        super(scope);
    }

    static ContestVariables of(VariableScope scope) {
        return new ContestVariables(scope);
    }

    /** Takes up its contest: the one at {@code contestIndex} of the election's contests. */
    String takeUp() {
        String contest = contests().get(integer("contestIndex"));
        scope.setVariable(ElectionMessages.CONTEST, contest);
        scope.setVariable("ballot", 1);
        scope.setVariable("slateAttempt", 1);
        scope.setVariable("certificationAttempt", 1);
        return contest;
    }

    String contest() {
        return (String) scope.getVariable(ElectionMessages.CONTEST);
    }

    String electionProcess() {
        return (String) scope.getVariable("electionProcess");
    }

    Duration certificationPeriod() {
        return period(PERIOD_VARIABLES, "certification");
    }

    // ---------------------------------------------------------------- the slate

    /** Set by the message correlation: what the election service decided at the slate. */
    SlateOutcome slateOutcome() {
        return SlateOutcome.valueOf((String) scope.getVariable("slateOutcome"));
    }

    void slateFlags(SlateOutcome outcome) {
        scope.setVariable("reopened", outcome == SlateOutcome.REOPENED);
        scope.setVariable("decidedWithoutBallot", outcome.decidedWithoutBallot());
    }

    int slateAttempt() {
        return integer("slateAttempt");
    }

    /** What the last "Slate it again" got: the slate asked for, or the service's kept refusal (its code and detail). */
    void slateTried(boolean refused, String refusal, String problem) {
        scope.setVariable("slateRefused", refused);
        scope.setVariable("slateRefusal", refusal);
        scope.setVariable("slateProblem", problem);
        increment("slateAttempt");
    }

    void slateResolutionFlags(boolean retry, boolean ended, String problem) {
        scope.setVariable("retrySlate", retry);
        scope.setVariable("contestEnded", ended);
        scope.setVariable("slateResolutionProblem", problem);
        forget(List.of("slateResolution", "slateResolutionNote", RecordCompleter.COMPLETED_BY));
    }

    /** The secretary ended the contest's process on a refused slate: who, and why. */
    void contestEnded(String by, String note) {
        scope.setVariable("decidedBy", by);
        scope.setVariable("decisionNote", note);
    }

    void reopeningEndsAt(Instant until) {
        instant("reopeningEndsAt", until);
    }

    // ---------------------------------------------------------------- the ballot and the count

    /** The ballot of the contest followed now: 1, then 2 for its runoff. */
    int ballot() {
        return integer("ballot");
    }

    void votingEndsAt(Instant closesAt) {
        instant("votingEndsAt", closesAt);
    }

    Instant textInstant(String name) {
        String text = text(name);
        return text == null ? null : Instant.parse(text);
    }

    /** Follows the runoff the count slated: its facts now come by its id. */
    void takeUpRunoff(String runoffContest, Instant closesAt) {
        scope.setVariable(ElectionMessages.CONTEST, runoffContest);
        increment("ballot");
        votingEndsAt(closesAt);
    }

    void countFlags(boolean runoffDue, Instant certifyBy) {
        scope.setVariable("runoffDue", runoffDue);
        instant("certifyBy", certifyBy);
    }

    // ---------------------------------------------------------------- certification

    int certificationAttempt() {
        return integer("certificationAttempt");
    }

    String completedBy() {
        String by = text(RecordCompleter.COMPLETED_BY);
        return by == null ? initiator() : by;
    }

    void certificationTried(boolean certified, String refusal, String problem) {
        scope.setVariable("certified", certified);
        scope.setVariable("certificationRefusal", refusal);
        scope.setVariable("certificationProblem", problem);
        increment("certificationAttempt");
        forget(List.of(RecordCompleter.COMPLETED_BY));
    }

    void resolutionFlags(boolean retry, boolean leftUncertified, String problem) {
        scope.setVariable("retryCertification", retry);
        scope.setVariable("leftUncertified", leftUncertified);
        scope.setVariable("resolutionProblem", problem);
        forget(List.of("resolution", "resolutionNote", RecordCompleter.COMPLETED_BY));
    }

    // ---------------------------------------------------------------- the end of the contest's part, and seating

    void decided(ContestOutcome outcome, int elected, String decidedBy, String note) {
        scope.setVariable("contestOutcome", outcome.name());
        scope.setVariable("decidedBy", decidedBy);
        scope.setVariable("decisionNote", note);
        seating(Seating.awaiting(elected));
    }

    ContestOutcome contestOutcome() {
        return ContestOutcome.valueOf((String) scope.getVariable("contestOutcome"));
    }

    String decidedBy() {
        return text("decidedBy");
    }

    String decisionNote() {
        return text("decisionNote");
    }

    /** How many the contest elected, as the count or the slate's event said. */
    int elected() {
        Object elected = scope.getVariable("elected");
        return elected == null ? 0 : (Integer) elected;
    }

    Seating seating() {
        return new Seating(integer("toSeat"), integer("seatedCount"), integer("notSeatedCount"));
    }

    void seating(Seating seating) {
        scope.setVariable("toSeat", seating.toSeat());
        scope.setVariable("seatedCount", seating.seated());
        scope.setVariable("notSeatedCount", seating.notSeated());
        scope.setVariable("seatingAwaited", !seating.nobodyToSeat() && !seating.complete());
        scope.setVariable("seatingComplete", seating.complete());
    }

    /** Set by the message correlation: whether the person took the seat. */
    boolean seatTaken() {
        return flag("seated");
    }
}
