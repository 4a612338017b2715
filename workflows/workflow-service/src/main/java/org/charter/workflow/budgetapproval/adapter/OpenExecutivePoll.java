package org.charter.workflow.budgetapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.committee.Committee.PollRequest;
import org.charter.workflow.committee.Committee.PollType;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * Opens the Executive Committee's poll on its motion now, for the vote period (key: instance,
 * activity, poll: every Executive Committee poll of the process its own number); the seat holders vote at MAJORITY_CAST.
 * Its window, with its reminders, becomes the process's poll window. The committee's 409
 * {@code NO_ELECTORATE} (no seat held) sets the flag that sends the review to the secretary's task.
 */
@Component("openExecutivePoll")
class OpenExecutivePoll implements JavaDelegate {

    static final String NO_ELECTORATE = "NO_ELECTORATE";

    private final Committee committee;
    private final Clock clock;

    OpenExecutivePoll(Committee committee, Clock clock) {
        this.committee = committee;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        var window = v.voteWindow(clock.instant());
        try {
            var opened = committee.openPoll(new PollRequest(v.motion(), PollType.FORMAL_VOTE, window.opensAt(),
                    window.closesAt()), ProcessContexts.source(execution, v.nextExecutivePoll()));
            v.executivePollOpened(opened.pollId(), window);
        } catch (ServiceRefusal refusal) {
            if (!NO_ELECTORATE.equals(refusal.code())) {
                throw refusal;
            }
            v.executivePollNotOpened(refusal.getMessage());
        }
    }
}
