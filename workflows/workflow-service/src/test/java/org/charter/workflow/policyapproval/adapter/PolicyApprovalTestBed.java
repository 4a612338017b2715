package org.charter.workflow.policyapproval.adapter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.charter.platform.event.DomainEvent;
import org.charter.workflow.committee.CommitteeFacts.ConsensusRoundCounted;
import org.charter.workflow.committee.CommitteeFacts.FormalVoteCounted;
import org.charter.workflow.committee.CommitteeFacts.MotionWithdrawn;
import org.charter.workflow.committee.FakeCommittee;
import org.charter.workflow.correlation.adapter.AwaitingMessages;
import org.charter.workflow.correlation.adapter.Correlator;
import org.charter.workflow.milestone.ApprovalMilestone;
import org.charter.workflow.policyapproval.Periods;
import org.charter.workflow.poll.adapter.RemindNonResponders;
import org.charter.workflow.process.adapter.ProcessTestBed;

/**
 * The policy-approval model on the shared process test bed, with the committee service faked
 * behind its port.
 */
final class PolicyApprovalTestBed extends ProcessTestBed {

    final FakeCommittee committee = new FakeCommittee();

    PolicyApprovalTestBed(ProcessEngine engine) {
        super(engine);
        Mocks.register("announceStart", new AnnounceStart(milestones, clock));
        Mocks.register("planConsensusRound", new PlanConsensusRound(clock));
        Mocks.register("openConsensusRound", new OpenConsensusRound(committee, milestones));
        Mocks.register("assessRound", new AssessRound(milestones, clock));
        Mocks.register("publishRevision", new PublishRevision(committee, milestones, clock));
        Mocks.register("recordReviser", new RecordReviser());
        Mocks.register("planFormalVote", new PlanFormalVote(clock));
        Mocks.register("openFormalVote", new OpenFormalVote(committee, milestones));
        Mocks.register("assessVote", new AssessVote(clock));
        Mocks.register("remindNonResponders", new RemindNonResponders(committee, milestones));
        Mocks.register("publishOutcome", new PublishOutcome(milestones, clock));
        Mocks.register("awaitingCommittee", new AwaitingMessages(correlator, Correlator.MOTION, redeliveries()));
    }

    ProcessInstance start(String motion, Map<String, String> periods) {
        return startAsSecretary("policy-approval", motion,
                PolicyApprovalVariables.atStart(motion, Periods.defaultsWith(periods), "conversation-" + motion));
    }

    /**
     * An instance as a start up to model version 3 set it up (one variable per period, the vote's
     * and the revision's counters at once; ADR 0074 changed that), on the version deployed last.
     */
    ProcessInstance startAsUpToVersion3(String motion, Map<String, String> periods) {
        Periods calendar = Periods.defaultsWith(periods);
        Map<String, Object> variables = new LinkedHashMap<>(PolicyApprovalVariables.atStart(motion, calendar,
                "conversation-" + motion));
        variables.remove(PolicyApprovalVariables.CALENDAR);
        calendar.asMap().forEach((name, value) -> variables.put(PolicyApprovalVariables.PERIOD_VARIABLES.get(name),
                value.toString()));
        variables.put("votesWithoutQuorum", 0);
        variables.put("revisionAttempt", 1);
        return startAsSecretary("policy-approval", motion, variables);
    }

    /** The committee counted the round the process opened last. */
    void roundCounted(ProcessInstance instance, String outcome, String... toAnswer) {
        String motion = instance.getBusinessKey();
        deliver(new ConsensusRoundCounted(motion, (String) variable(instance, "pollId"), (Integer) variable(instance, "round"),
                now(), outcome, List.of(toAnswer)));
    }

    void voteCounted(ProcessInstance instance, String outcome) {
        deliver(new FormalVoteCounted(instance.getBusinessKey(), (String) variable(instance, "pollId"), now(), outcome));
    }

    void withdrawn(String motion) {
        deliver(new MotionWithdrawn(motion, "pat.proposer", "superseded", now()));
    }

    void deliver(DomainEvent fact) {
        String motion = fact instanceof ConsensusRoundCounted c ? c.motionId()
                : fact instanceof FormalVoteCounted v ? v.motionId() : ((MotionWithdrawn) fact).motionId();
        deliver("committee", "motion:" + motion, fact);
    }

    List<ApprovalMilestone> milestones(ProcessInstance instance) {
        return recorded(instance).stream().map(e -> (ApprovalMilestone) e.data()).toList();
    }
}
