package org.charter.workflow.policyapproval.adapter;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.charter.platform.event.CommandContext;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.policyapproval.Periods;
import org.charter.workflow.policyapproval.StartablePolicy;
import org.charter.workflow.process.ProcessStart;
import org.charter.workflow.process.StartableProcess;
import org.springframework.stereotype.Component;

/**
 * How a policy approval starts: for a motion the committee service confirms can take it
 * ({@link StartablePolicy}), with the procedure's periods (defaults, overridden per start).
 */
@Component
class PolicyApprovalStart implements StartableProcess<ProcessRequests.StartPolicyApproval> {

    static final String PROCESS = "policy-approval";

    private final Committee committee;

    PolicyApprovalStart(Committee committee) {
        this.committee = committee;
    }

    @Override
    public String key() {
        return PROCESS;
    }

    @Override
    public Class<ProcessRequests.StartPolicyApproval> requestType() {
        return ProcessRequests.StartPolicyApproval.class;
    }

    @Override
    public String businessKey(ProcessRequests.StartPolicyApproval request) {
        return request.motion();
    }

    @Override
    public ProcessStart prepare(ProcessRequests.StartPolicyApproval request, CommandContext context) {
        Periods periods = Periods.defaultsWith(request.periods());
        String motion = request.motion();
        StartablePolicy.require(motion, committee.motion(motion,
                new CommandSource(null, context.correlationId(), context.actor().subject())));
        Map<String, String> texts = new LinkedHashMap<>();
        periods.asMap().forEach((name, value) -> texts.put(name, value.toString()));
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("motion", motion);
        shown.put("periods", texts);
        return new ProcessStart(motion, PolicyApprovalVariables.atStart(motion, periods, context.correlationId()), shown);
    }

    @Override
    public Map<String, Duration> defaultPeriods() {
        return Periods.DEFAULTS.asMap();
    }

    @Override
    public Set<String> progressVariables() {
        return Set.of("round", "vote", "pollId", "roundOutcomes", "voteOutcome", "outcome", "decidedBy", "revisionProblem");
    }
}
