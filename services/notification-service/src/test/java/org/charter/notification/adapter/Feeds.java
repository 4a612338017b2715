package org.charter.notification.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.charter.membershiproll.test.MembershipFeed;
import org.charter.notification.notice.WorkflowFact;
import org.charter.platform.event.Actor;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.TopicFeed;

/**
 * Plays membership, the committee, the workflow, the election and the budget on their topics: each event in its producer's
 * shape (checked against that producer's schema before it is sent), as a CloudEvent with the
 * stream as key and per-stream sequences. Keeps every record it sent, so a test can send the very
 * same records again (same event ids) as a redelivery.
 */
public final class Feeds implements AutoCloseable {

    private final MembershipFeed membership;
    private final TopicFeed committee = new TopicFeed("committee", Actor.SYSTEM);
    private final TopicFeed workflow = new TopicFeed("workflow", Actor.SYSTEM);
    private final TopicFeed election = new TopicFeed("election", Actor.SYSTEM);
    private final TopicFeed budget = new TopicFeed("budget", Actor.SYSTEM);
    private final RecordFeed tasks = new RecordFeed("workflow");

    public Feeds(MongoDatabase database) {
        this.membership = new MembershipFeed(database, "appointment_roll");
    }

    /** A member with its delegate and alternates from {@code since}. */
    public Feeds member(String member, Instant since, String delegate, String... alternates) {
        membership.delegate(member, delegate, since);
        if (alternates.length > 0) {
            membership.alternates(member, since, alternates);
        }
        return this;
    }

    /** A GOVERNING member, ACTIVE from {@code since}, with its delegate and alternates. */
    public Feeds governing(String member, Instant since, String delegate, String... alternates) {
        membership.governing(member, since, delegate, alternates);
        return this;
    }

    public RecordedEvent motionProposed(String motion, String body, String title, Instant at) {
        return committee.send("MotionProposed", "motion:" + motion, at, """
                {"motionId":"%s","title":"%s","text":"The text.","kind":"BUDGET_ADOPTION","committee":"%s","subject":null,
                 "proposedBy":"sam","proposedAt":"%s"}""".formatted(motion, title, body, at));
    }

    public RecordedEvent motionRevised(String motion, int version, String title, Instant at) {
        return committee.send("MotionRevised", "motion:" + motion, at, """
                {"motionId":"%s","textVersion":%d,"title":"%s","text":"The revised text.","note":"answers the block",
                 "revisedBy":"sam","revisedAt":"%s"}""".formatted(motion, version, title, at));
    }

    public RecordedEvent seatTaken(String position, String person, String name, String member, Instant at) {
        return election.send("SeatTaken", "ec-seats", at, """
                {"position":"%s","seat":1,"personId":"%s","name":"%s","memberId":"%s","termStart":"2026-07-01",
                 "termEnd":"2027-06-30","takenAt":"%s","reason":"INTERIM","decision":"m-interim001"}"""
                .formatted(position, person, name, member, at));
    }

    public RecordedEvent contestOpened(String electionId, String contest, Instant opensAt, List<String> electorate) {
        return election.send("ContestOpened", "election:" + electionId, opensAt, """
                {"electionId":"%s","contestId":"%s","opensAt":"%s","electorate":[%s]}""".formatted(electionId, contest, opensAt,
                electorate.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(","))));
    }

    public RecordedEvent contestClosed(String electionId, String contest, Instant at) {
        return election.send("ContestClosed", "election:" + electionId, at, """
                {"electionId":"%s","contestId":"%s","closedAt":"%s"}""".formatted(electionId, contest, at));
    }

    public RecordedEvent contestCertified(String electionId, String contest, String person, String name, String member,
                                          Instant at) {
        return election.send("ContestCertified", "election:" + electionId, at, """
                {"electionId":"%s","contestId":"%s","elected":[{"id":"n1","name":"%s","member":"%s","personId":"%s"}],
                 "electorate":2,"turnout":2,"quorum":2,"merkleRoot":"%s","certifiedBy":"sam","certifiedAt":"%s"}"""
                .formatted(electionId, contest, name, member, person, "ab".repeat(32), at));
    }

    public RecordedEvent proposalAdopted(String fiscalYear, String proposal, int version, String motion, String poll, Instant at) {
        return budget.send("ProposalAdopted", "budget:" + fiscalYear, at, """
                {"fiscalYear":"%s","proposalId":"%s","version":%d,"motionId":"%s","pollId":"%s","adoptedAt":"%s"}"""
                .formatted(fiscalYear, proposal, version, motion, poll, at));
    }

    /**
     * A process's task waiting ({@code TaskAssigned.v1}, on the workflow's topic), written from the
     * record the service reads: the workflow service owns its schema, which {@link RecordFeed}
     * checks the event against once the repository has it.
     */
    public RecordedEvent taskAssigned(WorkflowFact.TaskAssigned task) {
        return tasks.send("TaskAssigned", "task:" + task.taskId(), task.createdAt(), task);
    }

    /** A budget's approval escalated to the chair ({@code BudgetApprovalEscalated.v1}), checked against its schema. */
    public RecordedEvent budgetEscalated(WorkflowFact.BudgetApprovalEscalated escalated) {
        return tasks.send("BudgetApprovalEscalated", "approval:" + escalated.processInstanceId(), escalated.at(), escalated);
    }

    /** Model version 2's escalation ({@code BoardVoteOverdue.v1}), checked against its schema. */
    public RecordedEvent boardVoteOverdue(WorkflowFact.BoardVoteOverdue overdue) {
        return tasks.send("BoardVoteOverdue", "approval:" + overdue.processInstanceId(), overdue.at(), overdue);
    }

    /** The same, as the workflow service publishes it since version 2 (with the task's revision). */
    public RecordedEvent taskAssigned(WorkflowFact.TaskAssignedV2 task) {
        return tasks.send("TaskAssigned", 2, "task:" + task.taskId(), task.createdAt(), task);
    }

    public RecordedEvent pollScheduled(String motion, int number, Instant opensAt, Instant closesAt) {
        return committee.send("PollScheduled", "motion:" + motion, opensAt, """
                {"motionId":"%s","pollId":"%s-%d","type":"FORMAL_VOTE","round":1,"textVersion":1,"opensAt":"%s","closesAt":"%s"}"""
                .formatted(motion, motion, number, opensAt, closesAt));
    }

    public RecordedEvent pollOpened(String motion, int number, Instant opensAt, List<String> electorate) {
        return committee.send("PollOpened", "motion:" + motion, opensAt, """
                {"motionId":"%s","pollId":"%s-%d","opensAt":"%s","electorate":[%s],"excluded":null,
                 "threshold":"MAJORITY_CAST","openedAt":"%s"}""".formatted(motion, motion, number, opensAt,
                electorate.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(",")), opensAt));
    }

    public RecordedEvent voteCast(String poll, String member, String person, Instant at) {
        return committee.send("VoteCast", "vote:" + poll + ":" + member, at, """
                {"pollId":"%s","memberId":"%s","choice":"YES","castAt":"%s","castBy":"%s"}""".formatted(poll, member, at, person));
    }

    public RecordedEvent reminderDue(String motion, String poll, Instant closesAt, Duration leadTime, List<String> members) {
        return workflow.send("PollReminderDue", "approval:pi-" + motion, closesAt.minus(leadTime), """
                {"processInstanceId":"pi-%s","motionId":"%s","pollId":"%s","closesAt":"%s","leadTime":"%s","members":[%s]}"""
                .formatted(motion, motion, poll, closesAt, leadTime, members.stream().map(m -> "\"" + m + "\"")
                        .collect(Collectors.joining(","))));
    }

    public RecordedEvent pollClosed(String motion, String poll, Instant at) {
        return committee.send("PollClosed", "motion:" + motion, at, """
                {"motionId":"%s","pollId":"%s","closedAt":"%s","early":false}""".formatted(motion, poll, at));
    }

    public RecordedEvent formalVoteCounted(String motion, String poll, Instant at, String outcome) {
        return committee.send("FormalVoteCounted", "motion:" + motion, at, """
                {"motionId":"%s","pollId":"%s","closedAt":"%s","outcome":"%s","threshold":"MAJORITY_CAST",
                 "rule":"MAJORITY_CAST: Y > No","explanation":"quorum met","counts":{"electorate":3,"quorum":2,"yes":2,
                 "no":0,"abstain":0,"cast":2,"participating":2},"rollCall":[],"rightsLost":{}}"""
                .formatted(motion, poll, at, outcome));
    }

    /** The committee's, the workflow's, the election's and the budget's records sent so far. */
    public List<ProducerRecord<String, byte[]>> sent() {
        List<ProducerRecord<String, byte[]>> sent = new ArrayList<>(committee.sent());
        sent.addAll(workflow.sent());
        sent.addAll(election.sent());
        sent.addAll(budget.sent());
        sent.addAll(tasks.sent());
        return sent;
    }

    /** Sends every record sent so far again, byte for byte: the same event ids, as Kafka redelivers. */
    public void redeliverAll() {
        membership.redeliverAll();
        committee.redeliverAll();
        workflow.redeliverAll();
        election.redeliverAll();
        budget.redeliverAll();
        tasks.redeliverAll();
    }

    /** Waits until the notification service's roll has applied everything sent for these members. */
    public void awaitRoll(String... members) {
        membership.awaitRoll(members);
    }

    /** Between two looks of a test's condition polling: short, as a look is cheap next to what it waits for. */
    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        membership.close();
        committee.close();
        workflow.close();
        election.close();
        budget.close();
        tasks.close();
    }
}
