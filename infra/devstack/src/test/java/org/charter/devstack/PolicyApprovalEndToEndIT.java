package org.charter.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.charter.conventions.test.RawHttp;
import org.charter.devstack.CommitteeLink.Seen;
import org.charter.devstack.CommitteeLink.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's end-to-end proof: the policy-approval process on the real workflow service, driving
 * the real committee service, which learns its Governing members from the real membership service
 * (the demo consortium), over the devstack's Kafka broker and MongoDB server ({@link SharedDevstack},
 * the same stack {@link EdgeFuzzIT} uses). People act as the APIs document it: the secretary
 * proposes on the committee service and starts, follows and steers the process through the
 * gateway; the delegates vote with their own development tokens; the revision tasks are claimed
 * and submitted through the engine's REST API as Tasklist does. Periods are set per start so a
 * procedure takes seconds; where a poll must hold votes, the secretary closes it once every
 * delegate has answered (the lapsed motion's rounds close by themselves at {@code closesAt}).
 *
 * <p>Every test ends with its process ended and its polls closed, so the shared stack is quiet
 * for the next test.
 */
class PolicyApprovalEndToEndIT {

    /** Short enough for seconds, long enough that a loaded machine votes inside the window. */
    private static final String QUICK = "\"notice\":\"PT1S\",\"round\":\"PT2M\",\"comment\":\"PT1S\",\"voteNotice\":\"PT1S\","
            + "\"vote\":\"PT2M\"";

    /** The link breaks after the start (which may ask the committee about the motion), during the notice. */
    private static final String NOTICE_TO_CUT_THE_LINK_IN = QUICK.replace("\"notice\":\"PT1S\"", "\"notice\":\"PT3S\"");

    private static CommitteeLink link;
    private static GoverningBoard board;
    private static Processes processes;

    @BeforeAll
    static void theSharedDevstack() throws Exception {
        SharedDevstack shared = SharedDevstack.get();
        link = shared.committeeLink();
        RawHttp gateway = new RawHttp(shared.devstack().port("gateway"));
        board = new GoverningBoard(gateway, shared.tokens());
        processes = new Processes(gateway, new RawHttp(shared.devstack().port("workflow")), board.secretaryToken());
        board.awaitSeats();
    }

    @AfterEach
    void theLinkWorks() {
        link.restore();
    }

    @Test
    void a_policy_is_adopted_by_consensus_in_its_first_round() {
        String motion = board.propose("Item statistics are published");
        // the first reminder is due a second after the round opens (119 s before it closes), the second never
        String process = processes.start(motion, QUICK + ",\"firstReminder\":\"PT119S\"");

        String poll = processes.awaitRound(process, 1);
        assertThat(board.poll(poll).path("status").asText()).isEqualTo("OPEN");
        Eventually.that("the first reminder", () -> processes.milestones(process).contains("PollReminderDue"));
        assertThat(Processes.texts(processes.milestone(process, "PollReminderDue").path("data").path("members")))
                .as("nobody has answered yet (the committee's turnout)").containsExactlyInAnyOrderElementsOf(board.members());
        board.everyDelegate(poll, "SUPPORT", null);
        assertThat(board.close(poll).path("outcome").asText()).isEqualTo("CONSENSUS");

        JsonNode ended = processes.awaitEnd(process);
        assertThat(ended.path("progress").path("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(ended.path("progress").path("decidedBy").asText()).isEqualTo("CONSENSUS");
        assertThat(ended.path("startedBy").asText()).isEqualTo(GoverningBoard.SECRETARY);
        assertThat(processes.milestones(process)).containsExactly("PolicyApprovalStarted", "ConsensusRoundOpened",
                "PollReminderDue", "ConsensusRoundAssessed", "PolicyApprovalEnded");
        assertThat(board.motion(motion).path("status").asText()).isEqualTo("ADOPTED");
        assertThat(board.history(motion)).containsExactly("MotionProposed.v1", "PollScheduled.v1", "PollOpened.v1",
                "PollClosed.v1", "ConsensusRoundCounted.v1", "MotionAdopted.v1");
    }

    @Test
    void a_policy_is_adopted_by_formal_vote_after_every_allowed_round_was_blocked() {
        String motion = board.propose("Test items are retired after five years");
        String process = processes.start(motion, QUICK);

        for (int round = 1; round <= 3; round++) {
            String poll = processes.awaitRound(process, round);
            assertThat(poll).isEqualTo(motion + "-" + round);
            board.everyDelegate(poll, "SUPPORT", "BLOCK");
            assertThat(board.close(poll).path("outcome").asText()).isEqualTo("BLOCKED");
            if (round < 3) {
                String task = processes.awaitRevisionTask(process);
                processes.claimAndSubmit(task, "revisedText", "1. Test items are retired after five years.\\n"
                        + "2. Items still in use are held back (revision " + round + ").", "revisionNote", "answers the block");
            }
        }
        String vote = processes.awaitVote(process);
        assertThat(board.poll(vote).path("type").asText()).isEqualTo("FORMAL_VOTE");
        board.everyDelegate(vote, "YES", null);
        assertThat(board.close(vote).path("outcome").asText()).isEqualTo("ADOPTED");

        JsonNode ended = processes.awaitEnd(process);
        assertThat(ended.path("progress").path("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(ended.path("progress").path("decidedBy").asText()).isEqualTo("FORMAL_VOTE");
        assertThat(ended.path("progress").path("roundOutcomes").asText()).isEqualTo("BLOCKED,BLOCKED,BLOCKED");
        assertThat(processes.milestones(process)).containsExactly("PolicyApprovalStarted",
                "ConsensusRoundOpened", "ConsensusRoundAssessed", "MotionRevisionPublished",
                "ConsensusRoundOpened", "ConsensusRoundAssessed", "MotionRevisionPublished",
                "ConsensusRoundOpened", "ConsensusRoundAssessed", "FormalVoteOpened", "PolicyApprovalEnded");
        assertThat(processes.milestone(process, "MotionRevisionPublished").path("data").path("revisedBy").asText())
                .isEqualTo(GoverningBoard.SECRETARY);
        JsonNode adopted = board.motion(motion);
        assertThat(adopted.path("status").asText()).isEqualTo("ADOPTED");
        assertThat(adopted.path("textVersion").asInt()).isEqualTo(3);
    }

    @Test
    void a_motion_lapses_after_two_rounds_in_a_row_without_quorum() {
        String motion = board.propose("Results are published by district");
        // nobody votes: each round closes by itself at its closesAt, without quorum
        String process = processes.start(motion, QUICK.replace("\"round\":\"PT2M\"", "\"round\":\"PT3S\""));

        processes.awaitRound(process, 1);
        // the round left nothing to answer: the secretary submits the task without a text, nothing is published
        processes.claimAndSubmit(processes.awaitRevisionTask(process));

        JsonNode ended = processes.awaitEnd(process);
        assertThat(ended.path("progress").path("outcome").asText()).isEqualTo("LAPSED");
        assertThat(ended.path("progress").path("roundOutcomes").asText()).isEqualTo("NO_QUORUM,NO_QUORUM");
        assertThat(processes.milestones(process)).containsExactly("PolicyApprovalStarted",
                "ConsensusRoundOpened", "ConsensusRoundAssessed", "ConsensusRoundOpened", "ConsensusRoundAssessed",
                "PolicyApprovalEnded");
        assertThat(board.motion(motion).path("status").asText()).isEqualTo("LAPSED");
        assertThat(board.history(motion)).containsExactly("MotionProposed.v1",
                "PollScheduled.v1", "PollOpened.v1", "PollClosed.v1", "ConsensusRoundCounted.v1",
                "PollScheduled.v1", "PollOpened.v1", "PollClosed.v1", "ConsensusRoundCounted.v1", "MotionLapsed.v1");
    }

    @Test
    void a_motion_withdrawn_by_its_proposer_between_polls_ends_the_process_and_its_open_task() {
        String motion = board.propose("Scores are reported within a month");
        String process = processes.start(motion, QUICK);
        String poll = processes.awaitRound(process, 1);
        // the committee takes a withdrawal from the proposer only, and only between polls (docs/workflows/README.md)
        assertThat(board.withdraw(motion, "too early").json().path("code").asText()).isEqualTo("WRONG_STEP");
        board.everyDelegate(poll, "SUPPORT", "BLOCK");
        board.close(poll);
        processes.awaitRevisionTask(process);
        assertThat(board.withdraw(motion, "not mine", board.otherSecretaryToken()).json().path("code").asText())
                .isEqualTo("NOT_PROPOSER");

        RawHttp.Answer withdrawn = board.withdraw(motion, "the board will take it up next year");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        JsonNode ended = processes.awaitEnd(process);
        assertThat(ended.path("progress").path("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(ended.path("tasks")).isEmpty();
        assertThat(processes.milestones(process)).endsWith("PolicyApprovalEnded");
        assertThat(processes.milestone(process, "PolicyApprovalEnded").path("data").path("outcome").asText())
                .isEqualTo("WITHDRAWN");
        assertThat(board.motion(motion).path("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void an_unreachable_committee_turns_the_call_into_an_incident_and_the_retried_incident_opens_the_round_once() throws Exception {
        String motion = board.propose("Accommodations are listed");
        String process = processes.start(motion, NOTICE_TO_CUT_THE_LINK_IN);
        link.cut();
        Instant cut = Instant.now();

        Eventually.that("an incident at NoticePeriod (the round opens in the notice timer's job, ADR 0072)", () -> processes.view(process).path("incidents").size() == 1);
        assertThat(processes.view(process).path("incidents").get(0).path("activityId").asText()).isEqualTo("NoticePeriod");
        JsonNode job = processes.failedJob(process);
        assertThat(job.path("retries").asInt()).isZero();
        // the client tried 3 times, 200 ms then 400 ms apart, before the job failed ...
        List<Instant> attempts = attempts(link.seenSince(cut));
        assertThat(attempts).as("attempts %s", attempts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Duration.between(attempts.get(0), attempts.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(190));
        assertThat(Duration.between(attempts.get(1), attempts.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(390));
        // ... and the engine ran the job once more a second later (its calls, or the open circuit breaker, failed too)
        List<Instant> failures = processes.failures(job.path("id").asText());
        assertThat(failures).hasSize(2);
        assertThat(Duration.between(failures.get(0), failures.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(board.history(motion)).containsExactly("MotionProposed.v1");

        link.restore();
        retryOnceTheBreakerLetsCallsThrough(job);

        String poll = processes.awaitRound(process, 1);
        assertThat(poll).isEqualTo(motion + "-1");
        assertThat(processes.view(process).path("incidents")).isEmpty();
        assertThat(board.history(motion)).containsExactly("MotionProposed.v1", "PollScheduled.v1", "PollOpened.v1");
        adoptAndEnd(process, poll);
    }

    @Test
    void when_the_committees_answers_are_lost_the_retried_incident_gets_the_first_answer_and_the_committee_acts_once()
            throws Exception {
        String motion = board.propose("Interpreters are provided");
        String process = processes.start(motion, NOTICE_TO_CUT_THE_LINK_IN);
        link.loseAnswers();
        Instant lossy = Instant.now();

        Eventually.that("an incident at NoticePeriod (the round opens in the notice timer's job, ADR 0072)", () -> processes.view(process).path("incidents").size() == 1);
        List<Seen> sent = link.seenSince(lossy).stream().filter(seen -> "POST /api/v1/polls".equals(seen.requestLine())).toList();
        assertThat(sent).as("the command reached the committee on each of the client's attempts").hasSizeGreaterThanOrEqualTo(3);
        // it acted on the first and answered the others from its Idempotency-Key record
        assertThat(board.history(motion)).containsExactly("MotionProposed.v1", "PollScheduled.v1", "PollOpened.v1");

        link.restore();
        Instant restored = Instant.now();
        retryOnceTheBreakerLetsCallsThrough(processes.failedJob(process));

        String poll = processes.awaitRound(process, 1);
        assertThat(poll).isEqualTo(motion + "-1");
        assertThat(link.seenSince(restored)).extracting(Seen::requestLine).containsExactly("POST /api/v1/polls");
        assertThat(board.history(motion)).containsExactly("MotionProposed.v1", "PollScheduled.v1", "PollOpened.v1");
        assertThat(processes.milestones(process)).containsExactly("PolicyApprovalStarted", "ConsensusRoundOpened");
        adoptAndEnd(process, poll);
    }

    /**
     * The client's attempts, as the link saw them: a dropped keep-alive connection makes the JDK's
     * HTTP client connect again at once, so connections less than 100 ms apart are one attempt.
     */
    private static List<Instant> attempts(List<Seen> seen) {
        List<Instant> attempts = new java.util.ArrayList<>();
        for (Seen connection : seen) {
            if (connection.state() == State.CUT && (attempts.isEmpty()
                    || Duration.between(attempts.get(attempts.size() - 1), connection.at()).toMillis() >= 100)) {
                attempts.add(connection.at());
            }
        }
        return attempts;
    }

    /**
     * The workflow's circuit breaker opened on the failures and stays open for a second here
     * ({@link SharedDevstack}; 30 s by default): a retry before then fails at once, as an operator
     * retrying too early would see.
     */
    private static void retryOnceTheBreakerLetsCallsThrough(JsonNode job) throws InterruptedException {
        Thread.sleep(1_100);
        processes.retry(job.path("id").asText());
    }

    private static void adoptAndEnd(String process, String poll) {
        board.everyDelegate(poll, "SUPPORT", null);
        board.close(poll);
        assertThat(processes.awaitEnd(process).path("progress").path("outcome").asText()).isEqualTo("ADOPTED");
    }
}
