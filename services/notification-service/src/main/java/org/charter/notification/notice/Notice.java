package org.charter.notification.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.charter.notification.roll.Recipient;

/**
 * One notice for one recipient, made of one event: the event's id, with the recipient and the
 * channel, is what a delivery is recorded under. Carries no ballot content: a result's outcome
 * is public, a member's choice never is.
 *
 * @param motionId  the motion (poll notices, a revision), the election (contest notices) or the
 *                  proposal (a budget adopted or escalated)
 * @param pollId    the poll (poll notices), the contest (contest notices) or the fiscal year (a budget
 *                  adopted or escalated; null when model version 2 escalated); null for a revision
 * @param closesAt  when the poll closes (opening and reminder notices), the date that passed (a budget
 *                  escalated), else null
 * @param leadTime  how long before the close a reminder is (reminders), else null
 * @param outcome   the counted outcome (results), the elected (a certified contest), the motion's
 *                  title (a revision), why a budget escalated (its {@code reason}), else null
 * @param version   the motion's text version (a revision) or the proposal's version (a budget adopted
 *                  or escalated), else null
 * @param task      the task waiting (a task assigned: then {@code pollId} is its id, {@code motionId} its
 *                  business key, {@code closesAt} its due date), else null
 */
public record Notice(UUID eventId, String eventType, NoticeKind kind, String motionId, String pollId, Recipient recipient,
                     Instant closesAt, Duration leadTime, String outcome, Integer version, WorkflowFact.TaskAssigned task) {

    public Notice(UUID eventId, String eventType, NoticeKind kind, String motionId, String pollId, Recipient recipient,
                  Instant closesAt, Duration leadTime, String outcome, Integer version) {
        this(eventId, eventType, kind, motionId, pollId, recipient, closesAt, leadTime, outcome, version, null);
    }

    /** The notice to {@code recipient} that {@code task} waits for them. */
    public static Notice ofTask(UUID eventId, String eventType, WorkflowFact.TaskAssigned task, Recipient recipient) {
        return new Notice(eventId, eventType, NoticeKind.TASK_ASSIGNED, task.businessKey(), task.taskId(), recipient,
                task.due(), null, null, null, task);
    }

    public Notice(UUID eventId, String eventType, NoticeKind kind, String motionId, String pollId, Recipient recipient,
                  Instant closesAt, Duration leadTime, String outcome) {
        this(eventId, eventType, kind, motionId, pollId, recipient, closesAt, leadTime, outcome, null);
    }

    /**
     * What the notice is about, as the delivery log and the notices sent name it: the poll, contest,
     * year or task, else the motion; the proposal of a budget escalated.
     */
    public String subject() {
        return pollId != null && kind != NoticeKind.BUDGET_ESCALATED ? pollId : motionId;
    }
}
