package org.charter.notification.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.charter.notification.notice.CommitteeFact.Answered;
import org.charter.notification.notice.CommitteeFact.Counted;
import org.charter.notification.notice.CommitteeFact.PollOpened;
import org.charter.notification.notice.WorkflowFact.PollReminderDue;
import org.charter.notification.roll.Recipient;
import org.charter.notification.roll.Roll;
import org.charter.platform.event.RecordedEvent;

/**
 * Which facts make which notices for whom (DOMAIN §3.5): a poll opened goes to every member of
 * its frozen electorate, through the delegate and alternates appointed when it opened; a
 * reminder only to members that have not answered (the process's list, less anyone whose answer
 * this service has seen since); a result to the electorate once the poll is counted. A contest's
 * ballot (the election service) likewise: its opening and its close to its frozen electorate.
 */
public final class Noticing {

    private final Roll roll;
    private final Polls polls;

    public Noticing(Roll roll, Polls polls) {
        this.roll = roll;
        this.polls = polls;
    }

    /** Records what the event says about polls, and answers the notices it makes (none for most). */
    public List<Notice> noticesOf(RecordedEvent event) {
        if (event.data() instanceof CommitteeFact.PollScheduled scheduled) {
            polls.scheduled(scheduled);
            return List.of();
        }
        if (event.data() instanceof PollOpened opened) {
            polls.opened(opened);
            Instant closesAt = polls.poll(opened.pollId()).map(Polls.Poll::closesAt).orElse(null);
            return notices(event, NoticeKind.POLL_OPENED, opened.motionId(), opened.pollId(),
                    roll.recipientsAt(opened.electorate(), opened.opensAt()), closesAt, null, null);
        }
        if (event.data() instanceof Answered answered) {
            polls.answered(answered);
            return List.of();
        }
        if (event.data() instanceof PollReminderDue due) {
            var answered = polls.poll(due.pollId()).map(Polls.Poll::answered).orElse(Set.of());
            List<String> notYet = due.members().stream().filter(m -> !answered.contains(m)).toList();
            return notices(event, NoticeKind.REMINDER, due.motionId(), due.pollId(), roll.recipientsAt(notYet, event.time()),
                    due.closesAt(), due.leadTime(), null);
        }
        if (event.data() instanceof ElectionFact.ContestOpened opened) {
            // the contest's frozen electorate is kept as a poll's is, for its closing notice
            polls.opened(new PollOpened(opened.electionId(), opened.contestId(), opened.opensAt(), opened.electorate(),
                    opened.opensAt()));
            return notices(event, NoticeKind.CONTEST_OPENED, opened.electionId(), opened.contestId(),
                    roll.recipientsAt(opened.electorate(), opened.opensAt()), null, null, null);
        }
        if (event.data() instanceof ElectionFact.ContestClosed closed) {
            return polls.poll(closed.contestId())
                    .map(contest -> notices(event, NoticeKind.CONTEST_CLOSED, closed.electionId(), closed.contestId(),
                            roll.recipientsAt(contest.electorate(), contest.openedAt()), null, null, null))
                    .orElse(List.of());
        }
        if (event.data() instanceof Counted counted) {
            return polls.poll(counted.pollId())
                    .map(poll -> notices(event, NoticeKind.POLL_RESULT, counted.motionId(), counted.pollId(),
                            roll.recipientsAt(poll.electorate(), poll.openedAt()), null, null, counted.outcome()))
                    .orElse(List.of());
        }
        return List.of();
    }

    private static List<Notice> notices(RecordedEvent event, NoticeKind kind, String motion, String poll,
                                        List<Recipient> recipients, Instant closesAt, Duration leadTime, String outcome) {
        return recipients.stream().distinct()
                .map(r -> new Notice(event.id(), event.type(), kind, motion, poll, r, closesAt, leadTime, outcome))
                .toList();
    }
}
