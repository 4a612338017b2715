package org.charter.workflow.poll.adapter;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.charter.workflow.correlation.ProcessMessage;
import org.charter.workflow.poll.PollWindow;
import org.charter.workflow.process.adapter.ProcessVariables;

/**
 * The variables of the poll a process has open now, by the names every process that opens polls
 * shares: the motion it is on, the poll, its window and the reminders' dates the models' timers
 * read ({@code ${firstReminderAt}}, {@code ${secondReminderAt}}), and the poll's number, which keys
 * the reads its reminders make.
 */
public class PollVariables extends ProcessVariables {

    static final String POLL_NUMBER = "pollNumber";

    protected PollVariables(VariableScope scope) {
        super(scope);
    }

    static PollVariables of(VariableScope scope) {
        return new PollVariables(scope);
    }

    public String motion() {
        return (String) scope.getVariable(ProcessMessage.MOTION);
    }

    public void motion(String motion) {
        scope.setVariable(ProcessMessage.MOTION, motion);
    }

    public String pollId() {
        return (String) scope.getVariable("pollId");
    }

    public void pollId(String pollId) {
        scope.setVariable("pollId", pollId);
    }

    /** The window of the poll about to open, and its {@code number}: its own among the polls of its kind in this process. */
    public void window(PollWindow window, int number) {
        instant("pollOpensAt", window.opensAt());
        instant("pollClosesAt", window.closesAt());
        instant("firstReminderAt", window.firstReminderAt());
        instant("secondReminderAt", window.secondReminderAt());
        scope.setVariable(POLL_NUMBER, number);
    }

    public Instant pollOpensAt() {
        return instant("pollOpensAt");
    }

    public Instant pollClosesAt() {
        return instant("pollClosesAt");
    }

    /**
     * The poll's number; 0 for a window planned before the number was kept (the reminder's read of
     * the turnout is not a command: its key keeps nothing apart).
     */
    int pollNumber() {
        Object number = scope.getVariable(POLL_NUMBER);
        return number == null ? 0 : (Integer) number;
    }
}
