package org.charter.workflow.policyapproval.adapter;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.charter.platform.error.Conflict;
import org.charter.platform.event.CommandContext;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.policyapproval.Periods;
import org.charter.workflow.policyapproval.StartablePolicy;
import org.springframework.stereotype.Component;

/**
 * Starts a policy approval for a motion, as the secretary who asks (recorded as the process's
 * initiator), once the committee service confirms the motion can take it ({@link StartablePolicy}).
 */
@Component
class StartingApprovals {

    static final String PROCESS = "policy-approval";

    private final RuntimeService runtime;
    private final IdentityService identities;
    private final Committee committee;

    StartingApprovals(RuntimeService runtime, IdentityService identities, Committee committee) {
        this.runtime = runtime;
        this.identities = identities;
        this.committee = committee;
    }

    ProcessViews.Started start(String motion, Periods periods, CommandContext context) {
        var running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(motion)
                .list();
        if (!running.isEmpty()) {
            String id = running.get(0).getProcessInstanceId();
            throw new Conflict("PROCESS_ALREADY_RUNNING", "motion " + motion + " already has a policy approval running"
                    + " (process " + id + "); follow it with GET /api/v1/processes/" + id + " or withdraw the motion first");
        }
        StartablePolicy.require(motion, committee.motion(motion,
                new Committee.CommandSource(null, context.correlationId(), context.actor().subject())));
        identities.setAuthenticatedUserId(context.actor().subject());
        try {
            var instance = runtime.createProcessInstanceByKey(PROCESS).businessKey(motion)
                    .setVariables(PolicyApprovalVariables.atStart(motion, periods, context.correlationId()))
                    .executeWithVariablesInReturn();
            int version = Integer.parseInt(instance.getProcessDefinitionId().split(":")[1]);
            var texts = new java.util.LinkedHashMap<String, String>();
            periods.asMap().forEach((name, value) -> texts.put(name, value.toString()));
            return new ProcessViews.Started(instance.getProcessInstanceId(), PROCESS, version, motion, texts);
        } finally {
            identities.clearAuthentication();
        }
    }
}
