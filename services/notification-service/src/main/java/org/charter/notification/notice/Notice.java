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
 * @param motionId  the motion (poll notices) or the election (contest notices)
 * @param pollId    the poll (poll notices) or the contest (contest notices)
 * @param closesAt  when the poll closes (opening and reminder notices), else null
 * @param leadTime  how long before the close a reminder is (reminders), else null
 * @param outcome   the counted outcome (results), else null
 */
public record Notice(UUID eventId, String eventType, NoticeKind kind, String motionId, String pollId, Recipient recipient,
                     Instant closesAt, Duration leadTime, String outcome) {
}
