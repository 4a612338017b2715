package org.charter.workflow.ecelection.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.charter.platform.error.Conflict;
import org.charter.platform.test.EventSchemas;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.election.ElectionFacts.Candidate;
import org.charter.workflow.election.ElectionFacts.CertificationLapsed;
import org.charter.workflow.election.FakeElection;
import org.charter.workflow.election.ElectionFacts.ContestAcclaimed;
import org.charter.workflow.election.ElectionFacts.ContestCounted;
import org.charter.workflow.election.ElectionFacts.ContestLeftVacant;
import org.charter.workflow.election.ElectionFacts.ContestOpened;
import org.charter.workflow.election.ElectionFacts.ContestSlated;
import org.charter.workflow.election.ElectionFacts.ElectedNotSeated;
import org.charter.workflow.election.ElectionFacts.NominationsReopened;
import org.charter.workflow.election.ElectionFacts.Result;
import org.charter.workflow.election.ElectionFacts.RunoffSlated;
import org.charter.workflow.election.ElectionFacts.SeatTaken;
import org.charter.workflow.milestone.ApprovalMilestone.EcContestDecided;
import org.charter.workflow.milestone.ApprovalMilestone.EcContestSeated;
import org.charter.workflow.milestone.ApprovalMilestone.EcElectionStarted;
import org.charter.workflow.process.adapter.ProcessTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code ec-election} and {@code ec-contest} (workflows/models), with the default
 * calendar of DOMAIN.md §5.1 unless a test says otherwise; time moves, nothing sleeps; the election
 * service's facts come through the real correlate-or-park. The coverage extension fails the class
 * unless every flow node and sequence flow of both models was taken. Every milestone recorded is
 * checked against its JSON Schema under docs/events/workflow.
 */
@Deployment(resources = {"bpmn/ec-election.bpmn", "bpmn/ec-contest.bpmn"})
class EcElectionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private static final EventSchemas SCHEMAS = EventSchemas.inRepository();
    private static final Instant T = ProcessTestBed.T0.plus(Duration.ofDays(45));

    ProcessEngine engine;
    EcElectionTestBed bed;

    @BeforeEach
    void wire() {
        bed = new EcElectionTestBed(engine);
    }

    @AfterEach
    void unwire() {
        bed.close();
    }

    @Test
    void an_acclaimed_contest_ends_once_both_elected_are_accounted_for_at_term_start() {
        ProcessInstance election = bed.start(EcElectionTestBed.request(2028, null, Map.of(),
                new EcElectionRequest.Contest("AT_LARGE_K12", 2)));
        assertThat(election).isWaitingAt("NominationPeriod");
        assertThat(bed.election.commands()).containsExactly("call");
        assertThat(bed.recorded(election).get(0).data()).isInstanceOfSatisfying(EcElectionStarted.class, started -> {
            assertThat(started.electionId()).isEqualTo("EC-FY2028");
            assertThat(started.ballotOpensAt()).isEqualTo(T); // default: nominations open at the start, T 45 days later
            assertThat(started.slateAt()).isEqualTo(T.minus(Duration.ofDays(10)));
            assertThat(started.periods()).containsEntry("nominationsOpen", "PT1080H").containsEntry("certification", "PT120H");
            assertThat(started.initiator()).isEqualTo(ProcessTestBed.SECRETARY);
        });

        bed.advance(Duration.ofDays(35).minusMinutes(1));
        assertThat(election).isWaitingAt("NominationPeriod");
        bed.advance(Duration.ofMinutes(1));
        assertThat(bed.election.keys()).last().isEqualTo("process:" + election.getId() + ":PublishSlate:1");
        assertThat(election).isWaitingAt("RunContests");
        ProcessInstance contest = bed.contest("EC-FY2028.AT_LARGE_K12");
        assertThat(contest).isWaitingAt("AwaitSlate");

        var a = new Candidate("n1", "Ana", "CA");
        var b = new Candidate("n2", "Bo", "WA");
        bed.fact(new ContestAcclaimed("EC-FY2028", "EC-FY2028.AT_LARGE_K12", List.of(a, b)));
        assertThat(contest).isWaitingAt("AwaitSeating");
        bed.fact(new SeatTaken("AT_LARGE_K12", 1, "ca-k12", "CA", "ACCLAIMED", "EC-FY2028", "EC-FY2028.AT_LARGE_K12"));
        assertThat(contest).isWaitingAt("AwaitSeating");
        bed.fact(new ElectedNotSeated("AT_LARGE_K12", "wa-k12", "WA", "EC-FY2028", "EC-FY2028.AT_LARGE_K12",
                "MAX_SEATS_PER_MEMBER", "WA holds a seat"));

        assertThat(contest).isEnded().hasPassed("ContestSeated");
        assertThat(election).isEnded().hasPassed("ElectionEnded");
        assertThat(bed.milestoneNames(election)).containsExactly("EcElectionStarted", "EcContestDecided", "EcContestSeated",
                "EcElectionEnded");
        assertThat(bed.recorded(election).get(1).data()).isInstanceOfSatisfying(EcContestDecided.class, decided -> {
            assertThat(decided.outcome()).isEqualTo("ACCLAIMED");
            assertThat(decided.elected()).isEqualTo(2);
        });
        assertThat(bed.recorded(election).get(2).data()).isInstanceOfSatisfying(EcContestSeated.class, seated -> {
            assertThat(seated.seated()).isEqualTo(1);
            assertThat(seated.notSeated()).isEqualTo(1);
        });
        bed.recorded(election).forEach(SCHEMAS::validate);
    }

    @Test
    void a_ballot_goes_to_its_runoff_is_certified_by_the_secretary_and_seated_while_a_reopened_contest_is_left_vacant() {
        Instant t = ProcessTestBed.T0.plus(Duration.ofHours(1));
        ProcessInstance election = bed.start(EcElectionTestBed.request(2028, t, Map.of("nominationsOpen", "PT1H",
                "nominationsClose", "PT40M", "acceptance", "PT30M", "slate", "PT20M", "ballot", "PT10M", "reopening", "PT15M")));
        bed.advance(Duration.ofMinutes(40));
        ProcessInstance chair = bed.contest("EC-FY2028.CHAIR_ELECT");
        ProcessInstance atLarge = bed.contest("EC-FY2028.AT_LARGE_K12");

        // too few candidates: reopened, slated again at the end of the reopening, still too few: vacant
        bed.fact(new NominationsReopened("EC-FY2028", "EC-FY2028.AT_LARGE_K12", bed.now().plus(Duration.ofMinutes(15)), 0, 1));
        assertThat(atLarge).isWaitingAt("Reopening");

        // the chair-elect's ballot: opens by itself, the voting period ends at closesAt, the process closes it
        bed.fact(new ContestSlated("EC-FY2028", "EC-FY2028.CHAIR_ELECT", t, t.plus(Duration.ofMinutes(10))));
        assertThat(chair).isWaitingAt("AwaitOpening");
        bed.advance(Duration.ofMinutes(15));
        assertThat(bed.election.keys()).contains("process:" + atLarge.getId() + ":SlateReopenedContest:1");
        assertThat(bed.election.commands()).containsExactly("call", "slate", "contest-slate");
        bed.fact(new ContestLeftVacant("EC-FY2028", "EC-FY2028.AT_LARGE_K12", List.of(), 1));
        assertThat(atLarge).isEnded().hasPassed("NobodyToSeat");

        bed.fact(new ContestOpened("EC-FY2028", "EC-FY2028.CHAIR_ELECT", t, List.of("CA", "WA", "OR")));
        assertThat(chair).isWaitingAt("VotingPeriod");
        bed.advance(Duration.between(bed.now(), t.plus(Duration.ofMinutes(10))).minusSeconds(1));
        assertThat(chair).isWaitingAt("VotingPeriod");
        bed.advance(Duration.ofSeconds(1));
        assertThat(chair).isWaitingAt("AwaitCount");
        assertThat(bed.election.keys()).contains("process:" + chair.getId() + ":CloseContest:1");

        // two-round, no majority: the count and the runoff come together; the runoff's fact waits parked
        String runoff = "EC-FY2028.CHAIR_ELECT_RUNOFF";
        bed.fact(new ContestCounted("EC-FY2028", "EC-FY2028.CHAIR_ELECT", 3, new Result(List.of(), List.of("Ana", "Bo"))));
        bed.fact(new RunoffSlated("EC-FY2028", runoff, "EC-FY2028.CHAIR_ELECT", bed.now(), bed.now().plus(Duration.ofDays(5))));
        assertThat(chair).isWaitingAt("AwaitOpening");
        assertThat(bed.variable(chair, "contest")).isEqualTo(runoff);
        bed.fact(new ContestOpened("EC-FY2028", runoff, bed.now(), List.of("CA", "WA", "OR")));
        // the service closed the runoff by itself at closesAt: the process's closure finds it closed
        bed.election.refuseNext("closure", new ServiceRefusal("election", 409, "POLL_CLOSED", "closed at closesAt"));
        bed.advance(Duration.ofDays(5));
        bed.fact(new ContestCounted("EC-FY2028", runoff, 3, new Result(List.of("Ana"), List.of())));

        assertThat(chair).isWaitingAt("CertifyContest");
        var task = engine.getTaskService().createTaskQuery().processInstanceId(chair.getId()).singleResult();
        assertThat(task.getDueDate()).isEqualTo(Date.from(bed.now().plus(Duration.ofDays(5))));
        bed.complete(chair, Map.of());
        assertThat(bed.election.acted).last().satisfies(certified -> {
            assertThat(certified.what()).isEqualTo("certification");
            assertThat(certified.initiator()).isEqualTo(ProcessTestBed.SECRETARY);
        });
        assertThat(chair).isWaitingAt("AwaitSeating");
        bed.fact(new SeatTaken("CHAIR_ELECT", 1, "ca-k12", "CA", "ELECTED", "EC-FY2028", runoff));

        assertThat(chair).isEnded().hasPassed("ContestSeated");
        assertThat(election).isEnded();
        assertThat(bed.milestoneNames(election)).containsExactly("EcElectionStarted", "EcContestDecided", "EcContestDecided",
                "EcContestSeated", "EcElectionEnded");
        assertThat(bed.recorded(election)).extracting(e -> e.data()).filteredOn(EcContestDecided.class::isInstance)
                .map(EcContestDecided.class::cast)
                .extracting(EcContestDecided::contestId, EcContestDecided::outcome, EcContestDecided::decidedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EC-FY2028.AT_LARGE_K12", "LEFT_VACANT", "election-service"),
                        org.assertj.core.groups.Tuple.tuple(runoff, "CERTIFIED", ProcessTestBed.SECRETARY));
        bed.recorded(election).forEach(SCHEMAS::validate);
    }

    @Test
    void a_reopened_contest_already_slated_goes_on_while_a_kept_refusal_of_its_slate_goes_to_the_secretary() {
        Instant t = ProcessTestBed.T0.plus(Duration.ofHours(1));
        ProcessInstance election = bed.start(EcElectionTestBed.request(2028, t, Map.of("nominationsOpen", "PT1H",
                "nominationsClose", "PT40M", "acceptance", "PT30M", "slate", "PT20M", "ballot", "PT10M", "reopening", "PT15M")));
        bed.advance(Duration.ofMinutes(40));
        ProcessInstance chair = bed.contest("EC-FY2028.CHAIR_ELECT");
        ProcessInstance atLarge = bed.contest("EC-FY2028.AT_LARGE_K12");
        bed.fact(new NominationsReopened("EC-FY2028", "EC-FY2028.CHAIR_ELECT", bed.now().plus(Duration.ofMinutes(15)), 0, 1));
        bed.fact(new NominationsReopened("EC-FY2028", "EC-FY2028.AT_LARGE_K12", bed.now().plus(Duration.ofMinutes(20)), 0, 1));

        // the election's slate decided the chair-elect's contest meanwhile: what the process asked for
        bed.election.refuseNext("contest-slate", new ServiceRefusal("election", 409, "ALREADY_SLATED",
                "contest EC-FY2028.CHAIR_ELECT was slated after its reopening: it is SLATED"));
        bed.advance(Duration.ofMinutes(15));
        assertThat(chair).isWaitingAt("AwaitSlate");
        assertThat(bed.election.acted).last().extracting(FakeElection.Command::what, FakeElection.Command::key)
                .containsExactly("contest-slate refused", "process:" + chair.getId() + ":SlateReopenedContest:1");

        // the service says the at-large contest never reopened: kept under that key, so no incident but the secretary's task
        bed.election.refuseNext("contest-slate", new ServiceRefusal("election", 409, "NOT_REOPENED",
                "contest EC-FY2028.AT_LARGE_K12 is NOMINATING and was never reopened"));
        bed.advance(Duration.ofMinutes(5));
        assertThat(atLarge).isWaitingAt("ResolveSlateRefusal");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(atLarge.getId()).count()).isZero();
        assertThat(bed.variable(atLarge, "slateRefusal")).isEqualTo("NOT_REOPENED");
        assertThat((String) bed.variable(atLarge, "slateProblem")).contains("was never reopened");
        var form = engine.getFormService().getTaskFormData(
                engine.getTaskService().createTaskQuery().processInstanceId(atLarge.getId()).singleResult().getId());
        assertThat(form.getFormFields()).filteredOn(f -> f.getId().equals("slateRefusal")).singleElement()
                .satisfies(f -> assertThat(f.getValue().getValue()).isEqualTo("NOT_REOPENED"));

        // the secretary has it resolved and slates it again: a new request with a new key, refused again, then answered
        bed.election.refuseNext("contest-slate", new ServiceRefusal("election", 409, "NOT_REOPENED",
                "contest EC-FY2028.AT_LARGE_K12 is NOMINATING and was never reopened"));
        bed.complete(atLarge, Map.of("slateResolution", "RETRY"));
        assertThat(atLarge).isWaitingAt("ResolveSlateRefusal");
        bed.complete(atLarge, Map.of("slateResolution", "RETRY"));
        assertThat(atLarge).isWaitingAt("AwaitSlate");
        assertThat(bed.election.acted).filteredOn(c -> c.key().contains(atLarge.getId()))
                .extracting(FakeElection.Command::what, FakeElection.Command::key).containsExactly(
                        tuple("contest-slate refused", "process:" + atLarge.getId() + ":SlateReopenedContest:1"),
                        tuple("contest-slate refused", "process:" + atLarge.getId() + ":SlateReopenedContest:2"),
                        tuple("contest-slate", "process:" + atLarge.getId() + ":SlateReopenedContest:3"));

        // the chair-elect's contest reopens again and its slate is refused: the secretary ends its process, with a note
        bed.fact(new NominationsReopened("EC-FY2028", "EC-FY2028.CHAIR_ELECT", bed.now().plus(Duration.ofMinutes(15)), 0, 1));
        bed.election.refuseNext("contest-slate", new ServiceRefusal("election", 409, "NOT_REOPENED",
                "contest EC-FY2028.CHAIR_ELECT is NOMINATING and was never reopened"));
        bed.advance(Duration.ofMinutes(15));
        assertThat(chair).isWaitingAt("ResolveSlateRefusal");
        bed.complete(chair, Map.of("slateResolution", "END_CONTEST"));
        assertThat(chair).isWaitingAt("ResolveSlateRefusal");
        assertThat((String) bed.variable(chair, "slateResolutionProblem")).contains("slateResolutionNote");
        bed.complete(chair, Map.of("slateResolution", "END_CONTEST", "slateResolutionNote", "the service lost the reopening"));
        assertThat(chair).isEnded().hasPassed("ContestEnded").hasNotPassed("PublishContestDecided");
        var ended = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(chair.getId());
        assertThat(ended.variableName("decisionNote").singleResult().getValue()).isEqualTo("the service lost the reopening");
        assertThat(ended.variableName("decidedBy").singleResult().getValue()).isEqualTo(ProcessTestBed.SECRETARY);
        assertThat(election).isWaitingAt("RunContests");
    }

    @Test
    void a_refused_certification_goes_to_the_secretary_who_certifies_again_then_leaves_it_uncertified_with_a_note() {
        ProcessInstance election = bed.start(EcElectionTestBed.request(2028, null, Map.of(),
                new EcElectionRequest.Contest("CHAIR_ELECT", 1)));
        bed.advance(Duration.ofDays(35));
        ProcessInstance chair = bed.contest("EC-FY2028.CHAIR_ELECT");
        bed.fact(new ContestSlated("EC-FY2028", "EC-FY2028.CHAIR_ELECT", T, T.plus(Duration.ofDays(7))));
        bed.advance(Duration.ofDays(10));
        bed.fact(new ContestOpened("EC-FY2028", "EC-FY2028.CHAIR_ELECT", T, List.of("CA", "WA", "OR")));
        bed.advance(Duration.ofDays(7));
        bed.fact(new ContestCounted("EC-FY2028", "EC-FY2028.CHAIR_ELECT", 1, new Result(List.of("Ana"), List.of())));

        bed.election.refuseNext("certification", new ServiceRefusal("election", 409, "NO_QUORUM",
                "1 of 3 members voted; the quorum is 2"));
        bed.complete(chair, Map.of());
        assertThat(chair).isWaitingAt("ResolveRefusal");
        assertThat(bed.variable(chair, "certificationRefusal")).isEqualTo("NO_QUORUM");

        // leaving it uncertified needs a note: back to the task with the reason
        bed.complete(chair, Map.of("resolution", "LEAVE_UNCERTIFIED"));
        assertThat(chair).isWaitingAt("ResolveRefusal");
        assertThat((String) bed.variable(chair, "resolutionProblem")).contains("resolutionNote");

        bed.complete(chair, Map.of("resolution", "RETRY"));
        assertThat(chair).isWaitingAt("CertifyContest");
        bed.election.refuseNext("certification", new ServiceRefusal("election", 409, "RETALLY_MISMATCH",
                "the stored ballots' Merkle root differs"));
        bed.complete(chair, Map.of());
        assertThat(bed.variable(chair, "certificationRefusal")).isEqualTo("RETALLY_MISMATCH");
        bed.complete(chair, Map.of("resolution", "LEAVE_UNCERTIFIED", "resolutionNote", "ballot box damaged; special election"));

        assertThat(chair).isEnded().hasPassed("NobodyToSeat");
        assertThat(election).isEnded();
        assertThat(bed.election.keys()).filteredOn(k -> k.contains(":SubmitCertification:")).containsExactly(
                "process:" + chair.getId() + ":SubmitCertification:1", "process:" + chair.getId() + ":SubmitCertification:2");
        assertThat(bed.recorded(election).get(1).data()).isInstanceOfSatisfying(EcContestDecided.class, decided -> {
            assertThat(decided.outcome()).isEqualTo("NOT_CERTIFIED");
            assertThat(decided.note()).isEqualTo("ballot box damaged; special election");
            assertThat(decided.elected()).isZero();
        });
        bed.recorded(election).forEach(SCHEMAS::validate);
    }

    @Test
    void a_contest_nobody_certifies_by_its_deadline_lapses_at_the_task_and_a_refused_one_lapses_while_being_resolved() {
        ProcessInstance election = bed.start(EcElectionTestBed.request(2028, null, Map.of(),
                new EcElectionRequest.Contest("CHAIR_ELECT", 1), new EcElectionRequest.Contest("AT_LARGE_K12", 1)));
        bed.advance(Duration.ofDays(35));
        ProcessInstance chair = bed.contest("EC-FY2028.CHAIR_ELECT");
        ProcessInstance atLarge = bed.contest("EC-FY2028.AT_LARGE_K12");
        for (String contest : List.of("EC-FY2028.CHAIR_ELECT", "EC-FY2028.AT_LARGE_K12")) {
            bed.fact(new ContestSlated("EC-FY2028", contest, T, T.plus(Duration.ofDays(7))));
        }
        bed.advance(Duration.ofDays(10));
        for (String contest : List.of("EC-FY2028.CHAIR_ELECT", "EC-FY2028.AT_LARGE_K12")) {
            bed.fact(new ContestOpened("EC-FY2028", contest, T, List.of("CA", "WA", "OR")));
        }
        bed.advance(Duration.ofDays(7));
        Instant closedAt = bed.now();
        Instant deadline = closedAt.plus(Duration.ofDays(5));
        for (String contest : List.of("EC-FY2028.CHAIR_ELECT", "EC-FY2028.AT_LARGE_K12")) {
            bed.fact(new ContestCounted("EC-FY2028", contest, 2, new Result(List.of("Ana"), List.of())));
        }
        assertThat(chair).isWaitingAt("CertifyContest");
        bed.election.refuseNext("certification", new ServiceRefusal("election", 409, "NO_QUORUM",
                "1 of 3 members voted; the quorum is 2"));
        bed.complete(atLarge, Map.of());
        assertThat(atLarge).isWaitingAt("ResolveRefusal");

        // nobody certifies: five days on, the election service's clock records the lapse of both
        bed.advance(Duration.ofDays(5));
        assertThat(chair).isWaitingAt("CertifyContest");
        bed.fact(new CertificationLapsed("EC-FY2028", "EC-FY2028.CHAIR_ELECT", closedAt, deadline, null));
        bed.fact(new CertificationLapsed("EC-FY2028", "EC-FY2028.AT_LARGE_K12", closedAt, deadline, "NO_QUORUM"));

        assertThat(chair).isEnded().hasPassed("LapsedAtCertification", "FollowLapse", "NobodyToSeat")
                .hasNotPassed("SubmitCertification");
        assertThat(atLarge).isEnded().hasPassed("LapsedAtResolution", "FollowLapse", "NobodyToSeat")
                .hasNotPassed("AssessResolution");
        assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
        assertThat(election).isEnded();
        assertThat(bed.recorded(election)).extracting(e -> e.data()).filteredOn(EcContestDecided.class::isInstance)
                .map(EcContestDecided.class::cast)
                .extracting(EcContestDecided::contestId, EcContestDecided::outcome, EcContestDecided::elected,
                        EcContestDecided::decidedBy, EcContestDecided::note)
                .containsExactlyInAnyOrder(
                        tuple("EC-FY2028.CHAIR_ELECT", "NOT_CERTIFIED", 0, "election-service",
                                "certification lapsed at " + deadline),
                        tuple("EC-FY2028.AT_LARGE_K12", "NOT_CERTIFIED", 0, "election-service",
                                "certification lapsed at " + deadline + " after NO_QUORUM"));
        bed.recorded(election).forEach(SCHEMAS::validate);
    }

    @Test
    void a_lapse_that_comes_while_a_late_certification_is_submitted_waits_parked_and_ends_the_resolution_task() {
        ProcessInstance election = bed.start(EcElectionTestBed.request(2028, null, Map.of(),
                new EcElectionRequest.Contest("CHAIR_ELECT", 1)));
        bed.advance(Duration.ofDays(35));
        ProcessInstance chair = bed.contest("EC-FY2028.CHAIR_ELECT");
        bed.fact(new ContestSlated("EC-FY2028", "EC-FY2028.CHAIR_ELECT", T, T.plus(Duration.ofDays(7))));
        bed.advance(Duration.ofDays(10));
        bed.fact(new ContestOpened("EC-FY2028", "EC-FY2028.CHAIR_ELECT", T, List.of("CA", "WA", "OR")));
        bed.advance(Duration.ofDays(7));
        Instant closedAt = bed.now();
        bed.fact(new ContestCounted("EC-FY2028", "EC-FY2028.CHAIR_ELECT", 2, new Result(List.of("Ana"), List.of())));
        bed.advance(Duration.ofDays(5));

        // the secretary certifies too late: the lapse comes while the service is asked, and the service refuses
        var lapsed = new CertificationLapsed("EC-FY2028", "EC-FY2028.CHAIR_ELECT", closedAt, closedAt.plus(Duration.ofDays(5)),
                null);
        List<Object> parkedMeanwhile = new ArrayList<>();
        bed.election.whileCertifying = () -> {
            bed.factMeanwhile(lapsed);
            parkedMeanwhile.addAll(bed.parked.of("EC-FY2028.CHAIR_ELECT"));
        };
        bed.election.refuseNext("certification", new ServiceRefusal("election", 409, "CERTIFICATION_DEADLINE_PASSED",
                "its certification lapsed and it elects no one"));
        bed.complete(chair, Map.of());

        assertThat(parkedMeanwhile).hasSize(1);
        assertThat(bed.parked.of("EC-FY2028.CHAIR_ELECT")).isEmpty();
        assertThat(chair).isEnded().hasPassed("ResolveRefusal", "LapsedAtResolution", "FollowLapse", "NobodyToSeat");
        assertThat(bed.recorded(election).get(1).data()).isInstanceOfSatisfying(EcContestDecided.class, decided -> {
            assertThat(decided.outcome()).isEqualTo("NOT_CERTIFIED");
            assertThat(decided.decidedBy()).isEqualTo("election-service");
        });
    }

    @Test
    void a_special_election_for_a_vacancy_is_certified_and_seated_at_once_beside_the_years_election() {
        ProcessInstance year = bed.start(EcElectionTestBed.request(2028, null, Map.of(),
                new EcElectionRequest.Contest("AT_LARGE_K12", 1)));
        Instant t = ProcessTestBed.T0.plus(Duration.ofHours(1));
        ProcessInstance special = bed.start(new EcElectionRequest(2028, "S1", t, List.of(new EcElectionRequest.Contest(
                "AT_LARGE_K12", 1)), null, Map.of("nominationsOpen", "PT1H", "nominationsClose", "PT40M", "acceptance", "PT30M",
                "slate", "PT20M", "ballot", "PT10M", "certification", "PT30M")));
        assertThat(special.getBusinessKey()).isEqualTo("EC-FY2028-S1");
        assertThat(bed.recorded(special).get(0).data()).isInstanceOfSatisfying(EcElectionStarted.class, started ->
                assertThat(started.electionId()).isEqualTo("EC-FY2028-S1"));

        bed.advance(Duration.ofMinutes(40));
        String contestId = "EC-FY2028-S1.AT_LARGE_K12";
        ProcessInstance contest = bed.contest(contestId);
        assertThat(year).isWaitingAt("NominationPeriod");
        bed.fact(new ContestSlated("EC-FY2028-S1", contestId, t, t.plus(Duration.ofMinutes(10))));
        bed.fact(new ContestOpened("EC-FY2028-S1", contestId, t, List.of("CA", "WA", "OR")));
        bed.advance(Duration.between(bed.now(), t.plus(Duration.ofMinutes(10))));
        bed.fact(new ContestCounted("EC-FY2028-S1", contestId, 3, new Result(List.of("Ana"), List.of())));
        assertThat(contest).isWaitingAt("CertifyContest");
        var task = engine.getTaskService().createTaskQuery().processInstanceId(contest.getId()).singleResult();
        assertThat(task.getDueDate()).isEqualTo(Date.from(bed.now().plus(Duration.ofMinutes(30))));
        bed.complete(contest, Map.of());

        // a special election's elected are seated at once, not at the next term start
        assertThat(contest).isWaitingAt("AwaitSeating");
        bed.fact(new SeatTaken("AT_LARGE_K12", 1, "ca-k12", "CA", "ELECTED", "EC-FY2028-S1", contestId));
        assertThat(contest).isEnded().hasPassed("ContestSeated");
        assertThat(special).isEnded().hasPassed("ElectionEnded");
        assertThat(bed.milestoneNames(special)).containsExactly("EcElectionStarted", "EcContestDecided", "EcContestSeated",
                "EcElectionEnded");
        assertThat(bed.recorded(special).get(1).data()).isInstanceOfSatisfying(EcContestDecided.class, decided -> {
            assertThat(decided.electionId()).isEqualTo("EC-FY2028-S1");
            assertThat(decided.contestId()).isEqualTo(contestId);
            assertThat(decided.outcome()).isEqualTo("CERTIFIED");
        });
        bed.recorded(special).forEach(SCHEMAS::validate);
        assertThat(year).isWaitingAt("NominationPeriod");
        assertThat(bed.milestoneNames(year)).containsExactly("EcElectionStarted");
    }

    @Test
    void a_start_the_election_service_refuses_starts_nothing_and_answers_its_code() {
        bed.election.refuseNext("call", new ServiceRefusal("election", 409, "ELECTION_ALREADY_EXISTS",
                "EC-FY2028 was called already"));
        assertThatThrownBy(() -> bed.start(EcElectionTestBed.request(2028, null, Map.of())))
                .isInstanceOfSatisfying(Conflict.class, conflict -> assertThat(conflict.getMessage())
                        .contains("ELECTION_ALREADY_EXISTS", "nothing was started"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }
}
