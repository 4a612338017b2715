package org.charter.workflow.ecelection.adapter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.Actor;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.charter.workflow.correlation.ElectionMessages;
import org.charter.workflow.correlation.adapter.AwaitingMessages;
import org.charter.workflow.election.FakeElection;
import org.charter.workflow.process.adapter.ProcessTestBed;
import org.charter.workflow.process.adapter.RecordCompleter;

/**
 * The {@code ec-election} and {@code ec-contest} models on the shared process test bed, with the
 * election service faked behind its port and started through the real start (which calls it).
 */
final class EcElectionTestBed extends ProcessTestBed {

    final FakeElection election = new FakeElection();
    final EcElectionStart starting = new EcElectionStart(election, clock);

    EcElectionTestBed(ProcessEngine engine) {
        super(engine);
        startable(starting);
        Mocks.register("announceElection", new AnnounceElection(milestones, clock));
        Mocks.register("publishSlate", new PublishSlate(election));
        Mocks.register("publishElectionOutcome", new PublishElectionOutcome(milestones, clock));
        Mocks.register("takeUpContest", new TakeUpContest());
        Mocks.register("assessSlate", new AssessSlate());
        Mocks.register("slateReopenedContest", new SlateReopenedContest(election));
        Mocks.register("closeContest", new CloseContest(election));
        Mocks.register("assessCount", new AssessCount(clock));
        Mocks.register("takeUpRunoff", new TakeUpRunoff());
        Mocks.register("submitCertification", new SubmitCertification(election));
        Mocks.register("assessResolution", new AssessResolution());
        Mocks.register("followLapse", new FollowLapse());
        Mocks.register("assessSlateResolution", new AssessSlateResolution());
        Mocks.register("publishContestDecided", new PublishContestDecided(milestones, clock));
        Mocks.register("assessSeating", new AssessSeating());
        Mocks.register("publishContestSeated", new PublishContestSeated(milestones, clock));
        Mocks.register("recordCompleter", new RecordCompleter());
        Mocks.register("awaitingElection", new AwaitingMessages(correlator, ElectionMessages.CONTEST, redeliveries()));
    }

    /** Starts the process as the secretary would through the API: the start calls the election first. */
    ProcessInstance start(EcElectionRequest request) {
        var context = new CommandContext(new Actor(SECRETARY, "secretary", null), "conversation-" + request.electionId(), null);
        var start = starting.prepare(request, context);
        var instance = startAsSecretary(EcElectionStart.PROCESS, start.businessKey(), start.variables());
        runDueJobs();
        return instance;
    }

    static EcElectionRequest request(int fiscalYear, Instant ballotOpensAt, Map<String, String> periods,
                                     EcElectionRequest.Contest... contests) {
        return new EcElectionRequest(fiscalYear, null, ballotOpensAt, contests.length == 0 ? null : List.of(contests), null,
                periods);
    }

    /** The process following a contest (its business key), running or ended. */
    ProcessInstance contest(String contestId) {
        var running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("ec-contest")
                .processInstanceBusinessKey(contestId).singleResult();
        if (running != null) {
            return running;
        }
        throw new AssertionError("no ec-contest process runs for " + contestId);
    }

    /** A fact of the election service arriving while the engine is busy (a job runs): correlated or parked, nothing run. */
    void factMeanwhile(DomainEvent fact) {
        correlator.on(new RecordedEvent(UUID.randomUUID(), "charter.election." + fact.getClass().getSimpleName() + ".v1",
                "election", 1, now(), "conversation-election", null, Actor.SYSTEM, fact));
    }

    /** A fact of the election service, as its topic brings it. */
    void fact(DomainEvent fact) {
        deliver("election", "election", fact);
    }
}
