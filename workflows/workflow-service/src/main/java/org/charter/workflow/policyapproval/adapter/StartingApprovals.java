package org.charter.workflow.policyapproval.adapter;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.charter.platform.error.Conflict;
import org.charter.platform.event.CommandContext;
import org.charter.workflow.policyapproval.Periods;
import org.springframework.stereotype.Component;

/** Starts a policy approval for a motion, as the secretary who asks (recorded as the process's initiator). */
@Component
class StartingApprovals {

    static final String PROCESS = "policy-approval";

    private final RuntimeService runtime;
    private final IdentityService identities;

    StartingApprovals(RuntimeService runtime, IdentityService identities) {
        this.runtime = runtime;
        this.identities = identities;
    }

    ProcessViews.Started start(String motion, Periods periods, CommandContext context) {
        long running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(motion)
                .count();
        if (running > 0) {
            throw new Conflict("PROCESS_ALREADY_RUNNING", "motion " + motion + " already has a policy approval running;"
                    + " follow it with GET /api/v1/processes?motion= or withdraw the motion first");
        }
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
