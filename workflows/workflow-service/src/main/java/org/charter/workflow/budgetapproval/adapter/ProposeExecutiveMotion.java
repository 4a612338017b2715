package org.charter.workflow.budgetapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.budgetapproval.ExecutiveMotion;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * Files the Executive Committee motion reviewing the submitted version (key: instance, activity,
 * review); the committee's facts about it are correlated by it from now until the Board motion.
 */
@Component("proposeExecutiveMotion")
class ProposeExecutiveMotion implements JavaDelegate {

    private final Committee committee;

    ProposeExecutiveMotion(Committee committee) {
        this.committee = committee;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        v.executiveMotion(committee.proposeMotion(ExecutiveMotion.reviewing(v.budget(), v.budgetVersion(), v.motionKind(),
                v.fiscalYear()), ProcessContexts.source(execution, v.reviews())));
    }
}
