package org.charter.workflow.policyapproval.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.milestone.ApprovalMilestone.ConsensusRoundAssessed;
import org.charter.workflow.milestone.ApprovalMilestone.MotionRevisionPublished;
import org.charter.workflow.milestone.ApprovalMilestone.PolicyApprovalEnded;
import org.charter.workflow.milestone.ApprovalMilestone.PolicyApprovalStarted;
import org.charter.workflow.milestone.ApprovalMilestone.PollReminderDue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code policy-approval} (workflows/models/policy-approval.bpmn), with the default
 * calendar of DOMAIN.md §3.5 unless a test says otherwise; time moves, nothing sleeps. The
 * coverage extension fails the class unless every flow node and sequence flow was taken.
 */
@Deployment(resources = "bpmn/policy-approval.bpmn")
class PolicyApprovalProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    ProcessEngine engine;
    PolicyApprovalTestBed bed;

    @BeforeEach
    void wire() {
        bed = new PolicyApprovalTestBed(engine);
    }

    @AfterEach
    void unwire() {
        bed.close();
    }

    // ---------------------------------------------------------------- consensus

    @Test
    void a_policy_is_adopted_by_consensus_in_the_first_round_after_the_notice_with_both_reminders() {
        ProcessInstance approval = bed.start("m-consensus1", Map.of());
        assertThat(approval).isWaitingAt("NoticePeriod");
        assertThat(bed.milestones(approval).get(0)).isInstanceOfSatisfying(PolicyApprovalStarted.class, started -> {
            assertThat(started.initiator()).isEqualTo(PolicyApprovalTestBed.SECRETARY);
            assertThat(started.periods()).containsEntry("notice", "PT336H").containsEntry("round", "PT168H");
        });

        bed.advance(Duration.ofDays(14).minusMinutes(1));
        assertThat(approval).isWaitingAt("NoticePeriod");
        bed.advance(Duration.ofMinutes(1));
        assertThat(approval).isWaitingAt("AwaitRoundResult");
        assertThat(bed.committee.keys()).containsExactly("process:" + approval.getId() + ":OpenConsensusRound:1");

        bed.advance(Duration.ofDays(4)); // 72 h before close
        bed.advance(Duration.ofDays(2)); // 24 h before close
        bed.advance(Duration.ofDays(1));
        bed.roundCounted(approval, "CONSENSUS");

        assertThat(approval).isEnded().hasPassed("AdoptedByConsensus");
        assertThat(bed.milestoneNames(approval)).containsExactly("PolicyApprovalStarted", "ConsensusRoundOpened",
                "PollReminderDue", "PollReminderDue", "ConsensusRoundAssessed", "PolicyApprovalEnded");
        var reminders = bed.milestones(approval).stream().filter(PollReminderDue.class::isInstance)
                .map(PollReminderDue.class::cast).toList();
        assertThat(reminders).extracting(PollReminderDue::leadTime).containsExactly("PT72H", "PT24H");
        assertThat(reminders.get(0).members()).containsExactly("CA", "WA");
        assertThat(ended(approval)).isEqualTo("ADOPTED by CONSENSUS");
    }

    @Test
    void a_blocked_round_asks_for_a_revision_that_answers_the_blocks_then_a_new_round_after_the_comment_period() {
        ProcessInstance approval = bed.start("m-revision1", Map.of("notice", "PT1H", "round", "PT2H", "comment", "PT3H"));
        bed.advance(Duration.ofHours(1));
        bed.roundCounted(approval, "BLOCKED", "CA", "WA");
        assertThat(approval).isWaitingAt("ReviseMotion");
        assertThat(task(approval)).hasCandidateGroup("secretary");

        engine.getTaskService().complete(task(approval).getId(), Map.of("revisionNote", "nothing changed"));
        assertThat(approval).isWaitingAt("PublishRevision");
        bed.runDueJobs();
        assertThat(approval).isWaitingAt("ReviseMotion");
        assertThat((String) bed.variable(approval, "revisionProblem")).contains("CA, WA");
        assertThat(bed.committee.acted).hasSize(1);

        engine.getIdentityService().setAuthenticatedUserId("chris.chair");
        engine.getTaskService().complete(task(approval).getId(), Map.of("revisedText", "1. Statistics yearly, anonymised.",
                "revisionNote", "answers CA's and WA's blocks"));
        engine.getIdentityService().clearAuthentication();
        bed.runDueJobs();
        assertThat(approval).isWaitingAt("CommentPeriod");
        assertThat(bed.committee.keys()).last().isEqualTo("process:" + approval.getId() + ":PublishRevision:2");

        bed.advance(Duration.ofHours(3));
        assertThat(approval).isWaitingAt("AwaitRoundResult");
        bed.roundCounted(approval, "CONSENSUS");
        assertThat(approval).isEnded().hasPassed("AdoptedByConsensus");
        assertThat(bed.milestones(approval)).filteredOn(MotionRevisionPublished.class::isInstance).singleElement()
                .isEqualTo(new MotionRevisionPublished(approval.getId(), "m-revision1", 1, 2, "chris.chair"));
        assertThat(bed.committee.keys()).last().isEqualTo("process:" + approval.getId() + ":OpenConsensusRound:2");
    }

    @Test
    void a_revision_the_committee_refuses_goes_back_to_the_task_and_a_round_without_quorum_needs_no_revision() {
        ProcessInstance approval = bed.start("m-revision2", Map.of("notice", "PT1H", "round", "PT2H", "comment", "PT3H"));
        bed.advance(Duration.ofHours(1));
        bed.roundCounted(approval, "INSUFFICIENT_SUPPORT", "CA");
        bed.committee.refuseRevision = new ServiceRefusal("committee", 422, "REVISION_UNCHANGED", "text: the revision is the same as version 1");
        engine.getTaskService().complete(task(approval).getId(), Map.of("revisedText", "same text"));
        bed.runDueJobs();
        assertThat(approval).isWaitingAt("ReviseMotion");
        assertThat((String) bed.variable(approval, "revisionProblem")).contains("REVISION_UNCHANGED");

        engine.getTaskService().complete(task(approval).getId(), Map.of("revisedText", "a better text"));
        bed.runDueJobs();
        bed.advance(Duration.ofHours(3));
        bed.roundCounted(approval, "NO_QUORUM");
        engine.getTaskService().complete(task(approval).getId());
        bed.runDueJobs();
        assertThat(approval).isWaitingAt("CommentPeriod");
        assertThat(bed.milestones(approval)).filteredOn(MotionRevisionPublished.class::isInstance).hasSize(1);
    }

    @Test
    void two_rounds_in_a_row_without_quorum_lapse_the_motion() {
        ProcessInstance approval = bed.start("m-lapsed001", Map.of("notice", "PT1H", "round", "PT2H", "comment", "PT1H"));
        bed.advance(Duration.ofHours(1));
        bed.roundCounted(approval, "NO_QUORUM");
        engine.getTaskService().complete(task(approval).getId());
        bed.runDueJobs();
        bed.advance(Duration.ofHours(1));
        bed.roundCounted(approval, "NO_QUORUM");

        assertThat(approval).isEnded().hasPassed("LapsedAfterRounds");
        assertThat(ended(approval)).isEqualTo("LAPSED by NO_QUORUM");
        assertThat(bed.milestones(approval)).filteredOn(ConsensusRoundAssessed.class::isInstance)
                .extracting(m -> ((ConsensusRoundAssessed) m).nextStep()).containsExactly("NEXT_ROUND", "LAPSED");
    }

    @Test
    void an_assessment_job_that_fails_after_recording_the_end_is_retried_and_records_nothing_twice() {
        // the end is reached in the assessment's job (ADR 0068): a retry runs the assessment and the end again
        ProcessInstance approval = bed.start("m-retried01", Map.of("notice", "PT1H", "round", "PT2H"));
        bed.advance(Duration.ofHours(1));
        var publishOutcome = new PublishOutcome(bed.milestones, bed.clock);
        var failures = new AtomicInteger();
        Mocks.register("publishOutcome", failingOnceAfter(publishOutcome, failures, "the engine's commit failed after the outcome was recorded"));
        bed.roundCounted(approval, "CONSENSUS");
        assertThat(approval).isWaitingAt("AssessRound");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(approval.getId()).singleResult()
                .getExceptionMessage()).contains("the engine's commit failed");

        bed.advance(Duration.ofMinutes(1)); // the retry cycle
        assertThat(approval).isEnded().hasPassed("AdoptedByConsensus");
        assertThat(failures).hasValue(2);
        assertThat(bed.milestoneNames(approval)).containsExactly("PolicyApprovalStarted", "ConsensusRoundOpened",
                "ConsensusRoundAssessed", "PolicyApprovalEnded");
        assertThat(ended(approval)).isEqualTo("ADOPTED by CONSENSUS");
    }

    @Test
    void a_notice_job_that_fails_after_the_committee_opened_the_round_is_retried_and_sends_the_same_request_once() {
        // the round is opened in the notice timer's job (ADR 0072): a retry plans the round again, and the
        // window is the one the notice fixed, so the committee gets the same request under the same key
        ProcessInstance approval = bed.start("m-retried02", Map.of("notice", "PT1H", "round", "PT2H"));
        var openRound = new OpenConsensusRound(bed.committee, bed.milestones);
        var failures = new AtomicInteger();
        Mocks.register("openConsensusRound", failingOnceAfter(openRound, failures, "the engine's commit failed after the committee opened the round"));
        bed.advance(Duration.ofHours(1));
        assertThat(approval).isWaitingAt("NoticePeriod");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(approval.getId()).timers().singleResult()
                .getExceptionMessage()).contains("the engine's commit failed");

        bed.advance(Duration.ofMinutes(1)); // the retry cycle, a minute later: the same window all the same
        assertThat(approval).isWaitingAt("AwaitRoundResult");
        assertThat(failures).hasValue(2);
        assertThat(bed.committee.acted).singleElement().satisfies(opened -> {
            assertThat(opened.key()).isEqualTo("process:" + approval.getId() + ":OpenConsensusRound:1");
            assertThat(((Committee.PollRequest) opened.request()).opensAt()).isEqualTo(((java.util.Date) bed.variable(approval,
                    "roundDueAt")).toInstant());
        });
        assertThat(bed.milestoneNames(approval)).containsExactly("PolicyApprovalStarted", "ConsensusRoundOpened");
        bed.roundCounted(approval, "CONSENSUS");
        assertThat(approval).isEnded().hasPassed("AdoptedByConsensus");
    }

    @Test
    void a_notice_timer_executed_early_opens_the_round_now_and_a_retry_after_the_committee_answered_sends_the_same_request_once() {
        // a secretary executes the notice timer in Cockpit two hours into the default 14 days (ADR 0072): the
        // round opens now, its window committed before the call, so the retried call sends the same request
        ProcessInstance approval = bed.start("m-earlytim1", Map.of());
        bed.advance(Duration.ofHours(2));
        Instant fired = bed.now();
        var openRound = new OpenConsensusRound(bed.committee, bed.milestones);
        var failures = new AtomicInteger();
        Mocks.register("openConsensusRound", failingOnceAfter(openRound, failures, "the engine's commit failed after the committee opened the round"));

        engine.getManagementService().executeJob(theTimer(approval).getId());
        assertThat(approval).isWaitingAt("NewWindowCommitted");
        assertThat(dueAt(approval)).isEqualTo(fired);
        assertThat(bed.committee.acted).isEmpty();

        bed.runDueJobs(); // the continuation opens the round, then fails after the committee answered
        assertThat(approval).isWaitingAt("NewWindowCommitted");
        assertThat(failures).hasValue(1);
        bed.advance(Duration.ofMinutes(1)); // the retry cycle: the same window, committed
        assertThat(approval).isWaitingAt("AwaitRoundResult");
        assertThat(failures).hasValue(2);
        assertThat(bed.committee.acted).singleElement().satisfies(opened -> {
            assertThat(opened.key()).isEqualTo("process:" + approval.getId() + ":OpenConsensusRound:1:now");
            var request = (Committee.PollRequest) opened.request();
            assertThat(request.opensAt()).isEqualTo(fired);
            assertThat(request.closesAt()).isEqualTo(fired.plus(Duration.ofDays(7)));
        });
        assertThat(bed.milestoneNames(approval)).containsExactly("PolicyApprovalStarted", "ConsensusRoundOpened");
        bed.roundCounted(approval, "CONSENSUS");
        assertThat(approval).isEnded().hasPassed("AdoptedByConsensus");
    }

    @Test
    void a_comment_period_timer_executed_early_opens_the_next_round_now() {
        ProcessInstance approval = bed.start("m-earlytim2", Map.of("notice", "PT1H", "round", "PT2H"));
        bed.advance(Duration.ofHours(1));
        assertThat(approval).hasNotPassed("NewWindowCommitted"); // on time: the round opens in the notice's job
        bed.roundCounted(approval, "BLOCKED", "CA");
        engine.getTaskService().complete(task(approval).getId(), Map.of("revisedText", "answers CA"));
        bed.runDueJobs();
        assertThat(approval).isWaitingAt("CommentPeriod");

        bed.advance(Duration.ofDays(1)); // a day into the default 14 days of comment
        Instant fired = bed.now();
        engine.getManagementService().executeJob(theTimer(approval).getId());
        bed.runDueJobs();
        assertThat(approval).isWaitingAt("AwaitRoundResult");
        assertThat(bed.committee.acted).last().satisfies(opened -> {
            assertThat(opened.key()).isEqualTo("process:" + approval.getId() + ":OpenConsensusRound:2:now");
            assertThat(((Committee.PollRequest) opened.request()).opensAt()).isEqualTo(fired);
        });
    }

    @Test
    void a_notice_job_late_within_the_window_opens_it_when_due_and_one_after_the_window_closed_opens_a_whole_one_now() {
        ProcessInstance late = bed.start("m-latetime1", Map.of("notice", "PT1H", "round", "PT2H"));
        ProcessInstance later = bed.start("m-latetime2", Map.of("notice", "PT3H", "round", "PT2H"));
        Instant due = bed.now().plus(Duration.ofHours(1));
        // the service was down: the first timer is due for an hour and a half when the engine gets to it
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(due.plus(Duration.ofMinutes(90))));
        bed.runDueJobs();
        assertThat(late).isWaitingAt("AwaitRoundResult").hasNotPassed("NewWindowCommitted");
        assertThat(((Committee.PollRequest) bed.committee.acted.get(0).request()).opensAt()).isEqualTo(due);

        // the second one's window (3 h to 5 h after the start) has closed: the committee would refuse it
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(due.plus(Duration.ofHours(6))));
        Instant now = bed.now();
        bed.runDueJobs();
        assertThat(later).isWaitingAt("AwaitRoundResult").hasPassed("NewWindowCommitted");
        assertThat(bed.committee.acted.get(1).request()).isEqualTo(new Committee.PollRequest("m-latetime2",
                Committee.PollType.CONSENSUS_ROUND, now, now.plus(Duration.ofHours(2))));
        assertThat(dueAt(later)).isEqualTo(now);
        assertThat(bed.committee.acted.get(1).key()).isEqualTo("process:" + later.getId() + ":OpenConsensusRound:1:now");
    }

    @Test
    void a_planned_window_the_committee_refused_as_closed_is_moved_to_now_on_the_retry_under_a_key_of_its_own() {
        // the job ran with the window's last moments left, and the committee found it closed (POLL_WINDOW_OVER, kept
        // under the round's key); the retry, after the window, moves it to now: another body, so another key
        ProcessInstance approval = bed.start("m-latetime3", Map.of("notice", "PT1H", "round", "PT2H"));
        bed.committee.refusePolls = new ServiceRefusal("committee", 422, "POLL_WINDOW_OVER", "closesAt has passed");
        bed.advance(Duration.ofHours(1));
        assertThat(approval).isWaitingAt("NoticePeriod");
        bed.committee.refusePolls = null;
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(bed.now().plus(Duration.ofHours(2))));
        Instant now = bed.now();
        bed.runDueJobs();
        assertThat(approval).isWaitingAt("AwaitRoundResult").hasPassed("NewWindowCommitted");
        assertThat(bed.committee.acted).singleElement().satisfies(opened -> {
            assertThat(opened.key()).isEqualTo("process:" + approval.getId() + ":OpenConsensusRound:1:now");
            assertThat(((Committee.PollRequest) opened.request()).opensAt()).isEqualTo(now);
        });
    }

    // ---------------------------------------------------------------- the formal vote after three failed rounds

    @Test
    void after_three_failed_rounds_a_formal_vote_after_its_notice_adopts_the_policy() {
        ProcessInstance approval = threeFailedRounds("m-voteadopt");
        assertThat(approval).isWaitingAt("VoteNotice");
        bed.advance(Duration.ofDays(7));
        assertThat(approval).isWaitingAt("AwaitVoteResult");
        assertThat(bed.committee.acted).last().extracting(c -> c.what()).isEqualTo("poll FORMAL_VOTE");

        bed.advance(Duration.ofDays(7));
        bed.voteCounted(approval, "ADOPTED");
        assertThat(approval).isEnded().hasPassed("AdoptedByVote");
        assertThat(ended(approval)).isEqualTo("ADOPTED by FORMAL_VOTE");
        assertThat(bed.milestones(approval)).filteredOn(PollReminderDue.class::isInstance).hasSize(2);
    }

    @Test
    void a_formal_vote_below_the_threshold_rejects_the_policy() {
        ProcessInstance approval = threeFailedRounds("m-votereject");
        bed.advance(Duration.ofDays(7));
        bed.voteCounted(approval, "REJECTED");
        assertThat(approval).isEnded().hasPassed("Rejected");
        assertThat(ended(approval)).isEqualTo("REJECTED by FORMAL_VOTE");
    }

    @Test
    void a_formal_vote_without_quorum_is_held_again_and_a_second_one_without_quorum_lapses_the_motion() {
        ProcessInstance approval = threeFailedRounds("m-votelapse");
        bed.advance(Duration.ofDays(7));
        bed.voteCounted(approval, "NO_QUORUM");
        assertThat(approval).isWaitingAt("VoteNotice");
        bed.advance(Duration.ofDays(7));
        assertThat(bed.committee.keys()).last().isEqualTo("process:" + approval.getId() + ":OpenFormalVote:2");
        bed.voteCounted(approval, "NO_QUORUM");
        assertThat(approval).isEnded().hasPassed("LapsedAfterVotes");
    }

    // ---------------------------------------------------------------- withdrawal, early and stale messages

    @Test
    void a_withdrawal_interrupts_the_procedure_wherever_it_is() {
        ProcessInstance approval = bed.start("m-withdraw1", Map.of());
        bed.withdrawn("m-withdraw1");
        assertThat(approval).isEnded().hasPassed("Withdrawn");
        assertThat(ended(approval)).isEqualTo("WITHDRAWN by pat.proposer");
        assertThat(bed.committee.acted).isEmpty();
    }

    @Test
    void a_result_that_comes_before_the_process_waits_is_parked_and_delivered_once_it_waits_and_a_stale_one_is_kept() {
        ProcessInstance approval = bed.start("m-earlybird", Map.of("notice", "PT1H", "round", "PT2H"));
        bed.advance(Duration.ofHours(1));
        bed.committee.unreachable = false;
        // a result for a poll this process never opened (another motion's process, or a replayed old event)
        bed.deliver(new org.charter.workflow.committee.CommitteeFacts.ConsensusRoundCounted("m-earlybird", "m-earlybird-9", 9,
                bed.now(), "CONSENSUS", List.of()));
        assertThat(approval).isWaitingAt("AwaitRoundResult");
        assertThat(bed.parked.parked).hasSize(1);

        ProcessInstance later = bed.start("m-notyet001", Map.of("notice", "PT1H", "round", "PT2H"));
        bed.deliver(new org.charter.workflow.committee.CommitteeFacts.ConsensusRoundCounted("m-notyet001", "m-notyet001-1", 1,
                bed.now(), "CONSENSUS", List.of()));
        assertThat(later).isWaitingAt("NoticePeriod");
        assertThat(bed.parked.parked).hasSize(2);
        bed.advance(Duration.ofHours(1));
        assertThat(later).isEnded().hasPassed("AdoptedByConsensus");
        assertThat(bed.parked.parked).hasSize(1);
    }

    @Test
    void reminders_are_not_sent_for_a_window_shorter_than_their_lead_nor_when_everybody_answered() {
        ProcessInstance approval = bed.start("m-noremind1", Map.of("notice", "PT1H", "round", "PT30H"));
        bed.committee.notYet = List.of();
        bed.advance(Duration.ofHours(1));
        bed.advance(Duration.ofHours(30));
        bed.roundCounted(approval, "CONSENSUS");
        assertThat(approval).isEnded();
        assertThat(bed.milestones(approval)).noneMatch(PollReminderDue.class::isInstance);
    }

    // ---------------------------------------------------------------- the committee unreachable

    @Test
    void an_unreachable_committee_fails_the_job_into_an_incident_and_a_retried_incident_completes_without_acting_twice() {
        ProcessInstance approval = bed.start("m-incident1", Map.of("notice", "PT1H"));
        bed.committee.unreachable = true;
        bed.advance(Duration.ofHours(1));
        bed.advance(Duration.ofMinutes(1));
        bed.advance(Duration.ofMinutes(1));
        var incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(approval.getId()).list();
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.getActivityId()).isEqualTo("NoticePeriod"); // the round is opened in the notice's job (ADR 0072)
            assertThat(i.getIncidentMessage()).contains("connection refused");
        });

        bed.committee.unreachable = false;
        var job = engine.getManagementService().createJobQuery().processInstanceId(approval.getId()).withException().singleResult();
        engine.getManagementService().setJobRetries(job.getId(), 1);
        bed.runDueJobs();
        assertThat(approval).isWaitingAt("AwaitRoundResult");
        assertThat(bed.committee.acted).hasSize(1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(approval.getId()).count()).isZero();
    }

    // ----------------------------------------------------------------

    private ProcessInstance threeFailedRounds(String motion) {
        ProcessInstance approval = bed.start(motion, Map.of("notice", "PT1H", "round", "PT2H", "comment", "PT1H"));
        bed.advance(Duration.ofHours(1));
        bed.roundCounted(approval, "INSUFFICIENT_SUPPORT");
        for (int round = 2; round <= 3; round++) {
            engine.getTaskService().complete(task(approval).getId());
            bed.runDueJobs();
            bed.advance(Duration.ofHours(1));
            if (round == 2) {
                bed.roundCounted(approval, "NO_QUORUM");
            } else {
                bed.roundCounted(approval, "BLOCKED", "CA");
            }
        }
        return approval;
    }

    private org.camunda.bpm.engine.runtime.Job theTimer(ProcessInstance approval) {
        return engine.getManagementService().createJobQuery().processInstanceId(approval.getId()).timers().singleResult();
    }

    private Instant dueAt(ProcessInstance approval) {
        return ((java.util.Date) bed.variable(approval, "roundDueAt")).toInstant();
    }

    private String ended(ProcessInstance approval) {
        var end = bed.milestones(approval).stream().filter(PolicyApprovalEnded.class::isInstance)
                .map(PolicyApprovalEnded.class::cast).reduce((a, b) -> b).orElseThrow();
        return end.outcome() + " by " + end.decidedBy();
    }

    /** Runs the delegate, then fails the first time only, as a commit failing after its work would. */
    private static JavaDelegate failingOnceAfter(JavaDelegate delegate, AtomicInteger runs, String failure) {
        return execution -> {
            delegate.execute(execution);
            if (runs.getAndIncrement() == 0) {
                throw new IllegalStateException(failure);
            }
        };
    }
}
