package org.charter.notification.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.charter.notification.notice.CommitteeFact.Answered;
import org.charter.notification.notice.CommitteeFact.Counted;
import org.charter.notification.notice.CommitteeFact.PollOpened;
import org.charter.notification.notice.WorkflowFact.PollReminderDue;
import org.charter.notification.roll.People;
import org.charter.notification.roll.Recipient;
import org.charter.notification.roll.Roll;
import org.charter.notification.seat.CommitteeSeats;
import org.charter.notification.seat.SeatTerm;
import org.charter.notification.seat.Seats;
import org.charter.platform.event.RecordedEvent;

/**
 * Which facts make which notices for whom (DOMAIN §3.5): a poll opened goes to every member of
 * its frozen electorate, through the delegate and alternates appointed when it opened; a
 * reminder only to members that have not answered (the process's list, less anyone whose answer
 * this service has seen since); a result to the electorate once the poll is counted. A poll of a
 * committee other than the Governing Board goes to that committee's seat holders instead (those of
 * the electorate's members, or named in it), who vote in it themselves. A contest's ballot (the
 * election service) likewise: its opening, its close and its certification to its frozen
 * electorate. A revised motion goes to its committee (the Board: every Governing member's
 * appointees); a budget adopted to the electorate of the Board's poll that adopted it. A process's
 * task to whom it waits for ({@link TaskRecipients}). A budget's approval escalated (a calendar date
 * passed) to the Executive Committee's chair, the holder of its {@code CHAIR} seat.
 */
public final class Noticing {

    /** The Executive Committee position a budget's approval escalates to. */
    static final String CHAIR = "CHAIR";
    /** The reason model version 2's {@code BoardVoteOverdue} stands for, as model version 3 names it. */
    static final String BOARD_VOTE_OVERDUE = "BOARD_VOTE_OVERDUE";

    private final Roll roll;
    private final Polls polls;
    private final Seats seats;
    private final FollowingSeats following;
    private final TaskRecipients tasks;

    public Noticing(Roll roll, Polls polls, Seats seats) {
        this(roll, polls, seats, People.none());
    }

    /** With {@code people}: who is in a task's candidate groups, and the names of those without a member record. */
    public Noticing(Roll roll, Polls polls, Seats seats, People people) {
        this.roll = roll;
        this.polls = polls;
        this.seats = seats;
        this.following = new FollowingSeats(seats);
        this.tasks = new TaskRecipients(roll, people);
    }

    /** Records what the event says about polls and seats, and answers the notices it makes (none for most). */
    public List<Notice> noticesOf(RecordedEvent event) {
        if (following.follow(event.data())) {
            return List.of();
        }
        if (event.data() instanceof CommitteeFact.MotionProposed proposed) {
            polls.proposed(proposed);
            return List.of();
        }
        if (event.data() instanceof CommitteeFact.PollScheduled scheduled) {
            polls.scheduled(scheduled);
            return List.of();
        }
        if (event.data() instanceof PollOpened opened) {
            polls.opened(opened);
            Instant closesAt = polls.poll(opened.pollId()).map(Polls.Poll::closesAt).orElse(null);
            return notices(event, NoticeKind.POLL_OPENED, opened.motionId(), opened.pollId(),
                    pollRecipients(opened.motionId(), opened.electorate(), opened.opensAt()), closesAt, null, null);
        }
        if (event.data() instanceof Answered answered) {
            polls.answered(answered);
            return List.of();
        }
        if (event.data() instanceof PollReminderDue due) {
            var answered = polls.poll(due.pollId()).map(Polls.Poll::answered).orElse(Set.of());
            List<String> notYet = due.members().stream().filter(m -> !answered.contains(m)).toList();
            return notices(event, NoticeKind.REMINDER, due.motionId(), due.pollId(),
                    pollRecipients(due.motionId(), notYet, event.time()), due.closesAt(), due.leadTime(), null);
        }
        if (event.data() instanceof Counted counted) {
            return polls.poll(counted.pollId())
                    .map(poll -> notices(event, NoticeKind.POLL_RESULT, counted.motionId(), counted.pollId(),
                            pollRecipients(counted.motionId(), poll.electorate(), poll.openedAt()), null, null,
                            counted.outcome()))
                    .orElse(List.of());
        }
        if (event.data() instanceof CommitteeFact.MotionRevised revised) {
            return revised(event, revised);
        }
        if (event.data() instanceof ElectionFact.ContestOpened opened) {
            // the contest's frozen electorate is kept as a poll's is, for its closing and certification notices
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
        if (event.data() instanceof ElectionFact.ContestCertified certified) {
            return certified(event, certified);
        }
        if (event.data() instanceof BudgetFact.ProposalAdopted adopted) {
            return adopted(event, adopted);
        }
        if (event.data() instanceof WorkflowFact.BudgetApprovalEscalated escalated) {
            return escalated(event, escalated.budget(), escalated.fiscalYear(), escalated.reason(), escalated.due(),
                    escalated.budgetVersion(), escalated.at());
        }
        if (event.data() instanceof WorkflowFact.BoardVoteOverdue overdue) {
            // model version 2 names no fiscal year nor date due: the deadline passed when it escalated
            return escalated(event, overdue.budget(), null, BOARD_VOTE_OVERDUE, overdue.at(), overdue.budgetVersion(),
                    overdue.at());
        }
        if (event.data() instanceof WorkflowFact.TaskAssigned task) {
            return taskNotices(event, task);
        }
        if (event.data() instanceof WorkflowFact.TaskAssignedV2 task) {
            return taskNotices(event, task.asTask());
        }
        return List.of();
    }

    private List<Notice> taskNotices(RecordedEvent event, WorkflowFact.TaskAssigned task) {
        return tasks.of(task, event.time()).stream().map(r -> Notice.ofTask(event.id(), event.type(), task, r)).toList();
    }

    /**
     * A committee poll's recipients among {@code members} at {@code at}: the Board's (or an unknown
     * motion's) through the members' appointees; another committee's through its seat holders whose
     * member, or who themselves, are listed.
     */
    private List<Recipient> pollRecipients(String motionId, Collection<String> members, Instant at) {
        String committee = polls.committeeOf(motionId).orElse(CommitteeSeats.GOVERNING_BOARD);
        if (committee.equals(CommitteeSeats.GOVERNING_BOARD)) {
            return roll.recipientsAt(members, at);
        }
        return seats.of(committee).holdersAt(at).stream()
                .filter(h -> members.contains(h.memberId()) || members.contains(h.personId()))
                .map(Noticing::seatHolder).toList();
    }

    private List<Notice> revised(RecordedEvent event, CommitteeFact.MotionRevised revised) {
        String committee = polls.committeeOf(revised.motionId()).orElse(CommitteeSeats.GOVERNING_BOARD);
        Instant at = revised.revisedAt();
        List<Recipient> recipients = committee.equals(CommitteeSeats.GOVERNING_BOARD)
                ? roll.recipientsAt(roll.votingMembersAt(at), at)
                : seats.of(committee).holdersAt(at).stream().map(Noticing::seatHolder).toList();
        return recipients.stream().distinct().map(r -> new Notice(event.id(), event.type(), NoticeKind.MOTION_REVISED,
                revised.motionId(), null, r, null, null, revised.title(), revised.textVersion())).toList();
    }

    /** To the contest's frozen electorate when its opening was seen, else to the Governing members at certification. */
    private List<Notice> certified(RecordedEvent event, ElectionFact.ContestCertified certified) {
        List<Recipient> recipients = polls.poll(certified.contestId()).filter(c -> !c.electorate().isEmpty())
                .map(c -> roll.recipientsAt(c.electorate(), c.openedAt()))
                .orElseGet(() -> roll.recipientsAt(roll.votingMembersAt(certified.certifiedAt()), certified.certifiedAt()));
        String elected = String.join(", ", certified.elected().stream()
                .map(e -> e.name() + " (" + e.member() + ")").toList());
        return notices(event, NoticeKind.CONTEST_CERTIFIED, certified.electionId(), certified.contestId(), recipients, null, null,
                elected);
    }

    /** To the electorate of the Board's poll that adopted it when seen, else to the Governing members at adoption. */
    private List<Notice> adopted(RecordedEvent event, BudgetFact.ProposalAdopted adopted) {
        List<Recipient> recipients = (adopted.pollId() == null ? java.util.Optional.<Polls.Poll>empty()
                : polls.poll(adopted.pollId())).filter(p -> !p.electorate().isEmpty())
                .map(p -> roll.recipientsAt(p.electorate(), p.openedAt()))
                .orElseGet(() -> roll.recipientsAt(roll.votingMembersAt(adopted.adoptedAt()), adopted.adoptedAt()));
        return recipients.stream().distinct().map(r -> new Notice(event.id(), event.type(), NoticeKind.BUDGET_ADOPTED,
                adopted.proposalId(), adopted.fiscalYear(), r, null, null, null, adopted.version())).toList();
    }

    /**
     * To whoever holds the Executive Committee's {@code CHAIR} position when the process escalated
     * (it chairs the Board too, DOMAIN §2.1), themselves, as a committee's seat holder hears of its
     * polls; while it is vacant, to the {@link Recipient#vacantSeat vacant position}, so that the
     * delivery log shows nobody was told.
     */
    private List<Notice> escalated(RecordedEvent event, String budget, String fiscalYear, String reason, Instant due,
                                   Integer version, Instant at) {
        Instant when = at == null ? event.time() : at;
        List<Recipient> chairs = seats.of(CommitteeSeats.EXECUTIVE_COMMITTEE).holdersOf(CHAIR, when).stream()
                .map(Noticing::seatHolder).distinct().toList();
        List<Recipient> recipients = chairs.isEmpty()
                ? List.of(Recipient.vacantSeat(CommitteeSeats.EXECUTIVE_COMMITTEE, CHAIR)) : chairs;
        return recipients.stream().map(r -> new Notice(event.id(), event.type(), NoticeKind.BUDGET_ESCALATED, budget,
                fiscalYear, r, due, null, reason, version)).toList();
    }

    private static Recipient seatHolder(SeatTerm holder) {
        return new Recipient(holder.personId(), holder.name(), holder.memberId(), Recipient.Role.SEAT_HOLDER);
    }

    private static List<Notice> notices(RecordedEvent event, NoticeKind kind, String motion, String poll,
                                        List<Recipient> recipients, Instant closesAt, Duration leadTime, String outcome) {
        return recipients.stream().distinct()
                .map(r -> new Notice(event.id(), event.type(), kind, motion, poll, r, closesAt, leadTime, outcome))
                .toList();
    }
}
