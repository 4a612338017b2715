package org.charter.workflow.budgetapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.budgetapproval.BoardMotion;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * Proposes the Governing Board motion deciding the referred version (key: instance, activity,
 * review): the budget service remembers it by its subject and moves the proposal on its outcome.
 */
@Component("proposeBoardMotion")
class ProposeBoardMotion implements JavaDelegate {

    private final Committee committee;

    ProposeBoardMotion(Committee committee) {
        this.committee = committee;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        v.motion(committee.proposeMotion(BoardMotion.deciding(v.budget(), v.budgetVersion(), v.motionKind(), v.fiscalYear()),
                ProcessContexts.source(execution, v.reviews())));
    }
}
