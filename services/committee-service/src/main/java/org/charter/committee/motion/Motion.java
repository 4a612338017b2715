package org.charter.committee.motion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.charter.committee.motion.MotionEvent.ConsensusRoundCounted;
import org.charter.committee.motion.MotionEvent.FormalVoteCounted;
import org.charter.committee.motion.MotionEvent.MotionAdopted;
import org.charter.committee.motion.MotionEvent.MotionLapsed;
import org.charter.committee.motion.MotionEvent.MotionLapsedWithoutQuorum;
import org.charter.committee.motion.MotionEvent.MotionProposed;
import org.charter.committee.motion.MotionEvent.MotionRejected;
import org.charter.committee.motion.MotionEvent.MotionRevised;
import org.charter.committee.motion.MotionEvent.MotionWithdrawn;
import org.charter.committee.motion.MotionEvent.PollCancelled;
import org.charter.committee.motion.MotionEvent.PollCancelledByAdjournment;
import org.charter.committee.motion.MotionEvent.PollClosed;
import org.charter.committee.motion.MotionEvent.PollHeldInMeeting;
import org.charter.committee.motion.MotionEvent.PollOpened;
import org.charter.committee.motion.MotionEvent.PollScheduled;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollResult;
import org.charter.committee.poll.PollStatus;
import org.charter.committee.poll.PollType;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.charter.voting.consensus.ConsensusProcess;
import org.charter.voting.consensus.ProcessStep;
import org.charter.voting.consensus.RoundOutcome;
import org.charter.voting.decision.Electorate;
import org.charter.voting.decision.NoElectorate;
import org.charter.voting.decision.Threshold;
import org.charter.voting.decision.VotesWithoutQuorum;

/**
 * A motion put to the Governing Board (or, for its review of a budget or fee schedule, to the
 * Executive Committee): its text versions, the polls held on it and its decision.
 * It enforces the order of steps of its kind's path (DOMAIN.md §3, §4.3–4.4) — which step comes
 * next after a round is the {@code voting} library's {@link ConsensusProcess} — and freezes its
 * text while a poll is pending. The calendar (notice, comment periods) is the workflow's.
 */
public final class Motion implements EventSourced<MotionEvent> {

    public static final AggregateKind<MotionId, Motion, MotionEvent> KIND =
            AggregateKind.of("motion", MotionEvent.class, MotionId::streamId, Motion::replay)
                    .withNotFound(id -> new NotFound("MOTION_NOT_FOUND", "no motion with id " + id));

    private static final int MAX_TITLE = 300;
    private static final int MAX_TEXT = 100_000;

    private final MotionId id;
    private MotionKind kind;
    private CommitteeRef committee;
    private Subject subject;
    private String proposedBy;
    private final List<TextVersion> versions = new ArrayList<>();
    private final List<Poll> polls = new ArrayList<>();
    private MotionStatus status = MotionStatus.OPEN;
    private long version;

    private Motion(MotionId id) {
        this.id = id;
    }

    // ---------------------------------------------------------------- proposal and replay

    /** The events that put a motion on the table; the subject's tier (an admission's) is resolved by the caller. */
    public static List<MotionEvent> propose(MotionId id, String title, String text, MotionKind kind, CommitteeRef committee,
                                            Subject subject, String proposedBy, Instant now) {
        if (kind == null) {
            throw new RuleViolation("MOTION_KIND_REQUIRED", "kind is required, one of " + List.of(MotionKind.values()));
        }
        if (committee == null) {
            throw new RuleViolation("UNKNOWN_COMMITTEE", "committee is required (GOVERNING_BOARD)");
        }
        if (kind.needsMember() && (subject == null || subject.member() == null)) {
            throw new RuleViolation("SUBJECT_REQUIRED", "subject.member: a " + kind + " motion names the member it "
                    + (kind == MotionKind.ADMIT_MEMBER ? "admits" : "removes") + ", e.g. {\"member\":\"GU\"}");
        }
        if (kind == MotionKind.ADMIT_MEMBER) {
            kind.thresholdFor(subject); // an admission's tier must have a threshold
        }
        return List.of(new MotionProposed(id.value(), requireTitle(title), requireText(text), kind, committee.id(), subject,
                proposedBy, now));
    }

    public static Motion replay(List<? extends MotionEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof MotionProposed proposed)) {
            throw new IllegalStateException("a motion stream starts with MotionProposed");
        }
        Motion motion = new Motion(MotionId.of(proposed.motionId()));
        events.forEach(motion::apply);
        return motion;
    }

    // ---------------------------------------------------------------- text

    /** A new text version; refused while a poll is pending, after the rounds ran out, or once decided. */
    public List<MotionEvent> revise(String title, String text, String note, String by, Instant now) {
        requireUndecided("revised");
        requireNoPendingPoll("revised: its text is frozen while poll %s is %s");
        if (kind.path() == MotionKind.Path.CONSENSUS_THEN_VOTE
                && lastRoundStep().filter(ProcessStep.FormalVote.class::isInstance).isPresent()) {
            throw wrongStep("motion " + id + " cannot be revised: its " + ConsensusProcess.ROUND_LIMIT
                    + " consensus rounds failed, and the formal vote is on the last version (§4.4)");
        }
        TextVersion current = currentText();
        String newTitle = title == null || title.isBlank() ? current.title() : requireTitle(title);
        String newText = requireText(text);
        if (newTitle.equals(current.title()) && newText.equals(current.text())) {
            throw new RuleViolation("REVISION_UNCHANGED", "text: the revision is the same as version " + current.number());
        }
        return List.of(new MotionRevised(id.value(), current.number() + 1, newTitle, newText,
                note == null || note.isBlank() ? null : note.strip(), by, now));
    }

    /** The proposer withdraws the motion (§4.3), between polls. */
    public List<MotionEvent> withdraw(String by, String reason, Instant now) {
        requireUndecided("withdrawn");
        if (!proposedBy.equals(by)) {
            throw new Forbidden("NOT_PROPOSER", "only its proposer (" + proposedBy + ") may withdraw motion " + id);
        }
        requireNoPendingPoll("withdrawn while poll %s is %s; close it first");
        return List.of(new MotionWithdrawn(id.value(), by, reason == null || reason.isBlank() ? null : reason.strip(), now));
    }

    // ---------------------------------------------------------------- polls

    /**
     * Schedules the next poll, if it is the next step of the motion's path: a consensus round while
     * the library's {@link ConsensusProcess} says another round comes (after a revision answering a
     * failed round's blocks and reservations), a formal vote once it says a vote comes (or at once
     * for kinds decided by vote).
     */
    public List<MotionEvent> schedule(PollType type, Instant opensAt, Instant closesAt, Instant now) {
        return schedule(type, opensAt, closesAt, null, now);
    }

    /**
     * As {@link #schedule(PollType, Instant, Instant, Instant)}, for a poll held in a meeting
     * ({@code meeting} null: an electronic poll between meetings). The meeting's own rules (in
     * session, quorate, the window inside it, at least 10 minutes) were checked by the meeting.
     */
    public List<MotionEvent> schedule(PollType type, Instant opensAt, Instant closesAt, InMeeting meeting, Instant now) {
        if (type == null) {
            throw new RuleViolation("POLL_TYPE_REQUIRED", "type is required: CONSENSUS_ROUND or FORMAL_VOTE");
        }
        if (opensAt == null || closesAt == null) {
            throw new RuleViolation("POLL_WINDOW_REQUIRED", "opensAt and closesAt are required");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new RuleViolation("POLL_WINDOW_INVALID", "closesAt (" + closesAt + ") must be after opensAt (" + opensAt + ")");
        }
        if (!closesAt.isAfter(now)) {
            throw new RuleViolation("POLL_WINDOW_OVER", "closesAt (" + closesAt + ") has passed; it is " + now);
        }
        requireUndecided("polled");
        requireNoPendingPoll("polled again while poll %s is %s");
        int round = type == PollType.CONSENSUS_ROUND ? requireRoundIsNext() : requireVoteIsNext();
        PollId poll = new PollId(id.value(), polls.size() + 1);
        PollScheduled scheduled = new PollScheduled(id.value(), poll.value(), type, round, currentText().number(), opensAt,
                closesAt);
        if (meeting == null) {
            return List.of(scheduled);
        }
        return List.of(scheduled, new PollHeldInMeeting(id.value(), poll.value(), meeting.meetingId(), meeting.seats(),
                meeting.quorum(), meeting.present()));
    }

    /** The meeting a poll is held in, as it stood when the poll was admitted to it. */
    public record InMeeting(String meetingId, int seats, int quorum, int present) {
    }

    /**
     * Opens a scheduled poll with the electorate frozen at its {@code opensAt}: the members that
     * had voting rights then (§1.5), less the member a removal is about. Nothing when the poll is
     * no longer scheduled; {@code PollCancelled} when nobody could vote (§8.14).
     */
    public List<MotionEvent> open(PollId pollId, Collection<String> votingMembers, Instant now) {
        Poll poll = poll(pollId);
        if (poll.status() != PollStatus.SCHEDULED) {
            return List.of();
        }
        return List.of(opening(poll, votingMembers, now));
    }

    /**
     * Schedules a poll whose {@code opensAt} has come and opens it in the same append; refused
     * with 409 {@code NO_ELECTORATE} (nothing recorded) when nobody could vote (§8.14).
     */
    public List<MotionEvent> scheduleOpen(PollType type, Instant opensAt, Instant closesAt, Collection<String> votingMembers,
                                          Instant now) {
        return scheduleOpen(type, opensAt, closesAt, null, votingMembers, now);
    }

    /** As {@link #scheduleOpen(PollType, Instant, Instant, Collection, Instant)}, held in a meeting when one is named. */
    public List<MotionEvent> scheduleOpen(PollType type, Instant opensAt, Instant closesAt, InMeeting meeting,
                                          Collection<String> votingMembers, Instant now) {
        List<MotionEvent> scheduling = schedule(type, opensAt, closesAt, meeting, now);
        PollScheduled scheduled = (PollScheduled) scheduling.get(0);
        Poll poll = Poll.scheduled(PollId.parse(scheduled.pollId()), committee.id(), type, scheduled.round(),
                scheduled.textVersion(), opensAt, closesAt);
        MotionEvent opening = opening(poll, votingMembers, now);
        if (opening instanceof PollCancelled) {
            throw noElectorate(poll);
        }
        List<MotionEvent> events = new ArrayList<>(scheduling);
        events.add(opening);
        return events;
    }

    /**
     * The refusal for an act on a cancelled poll: 409 {@code POLL_CLOSED} when its meeting
     * adjourned before it opened, else 409 {@code NO_ELECTORATE}.
     */
    public static Conflict cancelled(Poll poll) {
        if ("MEETING_ADJOURNED".equals(poll.cancellation())) {
            return new Conflict("POLL_CLOSED", "poll " + poll.id() + " was to be held in meeting " + poll.meeting().orElse("?")
                    + ", which adjourned before it opened; it never opened");
        }
        return noElectorate(poll);
    }

    /** 409 {@code NO_ELECTORATE}: nobody was GOVERNING and ACTIVE (no EC seat was filled) when the poll opened. */
    public static Conflict noElectorate(Poll poll) {
        String nobody = poll.byExecutiveCommittee()
                ? "no Executive Committee seat was filled by a holder for an active Governing member at " + poll.opensAt()
                : "no GOVERNING member was ACTIVE at " + poll.opensAt();
        return new Conflict("NO_ELECTORATE", nobody + ", so nobody could vote in poll " + poll.id() + " (§8.14)");
    }

    private MotionEvent opening(Poll poll, Collection<String> votingMembers, Instant now) {
        try {
            Electorate electorate = Electorate.frozenAt(poll.opensAt(), votingMembers);
            String excluded = null;
            if (kind == MotionKind.REMOVAL && electorate.includes(subject.member())) {
                excluded = subject.member();
                electorate = electorate.excluding(excluded);
            }
            return new PollOpened(id.value(), poll.id().value(), poll.opensAt(), List.copyOf(electorate.members()), excluded,
                    poll.type() == PollType.FORMAL_VOTE ? threshold() : null, now);
        } catch (NoElectorate e) {
            return new PollCancelled(id.value(), poll.id().value(), "NO_ELECTORATE", now);
        }
    }

    /** Closes an open poll at {@code closedAt}; nothing when it is not open. */
    public List<MotionEvent> close(PollId pollId, Instant closedAt) {
        Poll poll = poll(pollId);
        if (poll.status() != PollStatus.OPEN) {
            return List.of();
        }
        Instant at = closedAt.isAfter(poll.closesAt()) ? poll.closesAt() : closedAt;
        return List.of(new PollClosed(id.value(), pollId.value(), at, at.isBefore(poll.closesAt())));
    }

    /**
     * The secretary closes an open poll at {@code now}, before {@code closesAt}: a poll held in a
     * meeting not before it has run {@link Poll#SHORTEST_IN_MEETING} (409 {@code POLL_TOO_SHORT},
     * not kept: the same request succeeds once the time is up).
     */
    public List<MotionEvent> closeEarly(PollId pollId, Instant now) {
        Poll poll = poll(pollId);
        Instant earliest = poll.opensAt().plus(Poll.SHORTEST_IN_MEETING);
        if (poll.meeting().isPresent() && poll.status() == PollStatus.OPEN && now.isBefore(earliest)) {
            throw Conflict.momentary("POLL_TOO_SHORT", "poll " + pollId + " is held in meeting " + poll.meeting().get()
                    + " and runs at least " + Poll.SHORTEST_IN_MEETING.toMinutes() + " minutes (DOMAIN §3.5): it may be"
                    + " closed from " + earliest + " on, it is " + now, version);
        }
        return close(pollId, now);
    }

    /**
     * Its meeting adjourned at {@code at}: an open poll held in it closes then (counted as at that
     * instant), a poll not yet opened is cancelled. Nothing for any other poll.
     */
    public List<MotionEvent> meetingAdjourned(PollId pollId, String meetingId, Instant at) {
        Poll poll = poll(pollId);
        if (!poll.meeting().map(meetingId::equals).orElse(false)) {
            return List.of();
        }
        if (poll.status() == PollStatus.SCHEDULED) {
            return List.of(new PollCancelledByAdjournment(id.value(), pollId.value(), meetingId, at));
        }
        return close(pollId, at);
    }

    /**
     * The poll was scheduled in meeting {@code meetingId} while the meeting adjourned (at
     * {@code at}), and the adjournment did not see it: it is cancelled as never held, so that no
     * poll stays open in a meeting that is over. Nothing when the adjournment closed it already,
     * or it is not held there.
     */
    public List<MotionEvent> cancelInAdjournedMeeting(PollId pollId, String meetingId, Instant at) {
        Poll poll = poll(pollId);
        boolean heldThere = poll.meeting().map(meetingId::equals).orElse(false);
        if (!heldThere || (poll.status() != PollStatus.SCHEDULED && poll.status() != PollStatus.OPEN)) {
            return List.of();
        }
        return List.of(new PollCancelledByAdjournment(id.value(), pollId.value(), meetingId, at));
    }

    /**
     * Records a closed poll's result and what follows from it: for a round, the library's next step
     * (adopted by consensus, lapsed, or nothing yet); for a vote, adopted or rejected (no quorum
     * decides nothing: another vote may be held). Nothing when it is already counted.
     */
    public List<MotionEvent> count(PollId pollId, PollResult result) {
        Poll poll = poll(pollId);
        if (poll.status() != PollStatus.CLOSED || poll.isCounted()) {
            return List.of();
        }
        List<MotionEvent> events = new ArrayList<>();
        if (result instanceof PollResult.Round round) {
            events.add(new ConsensusRoundCounted(id.value(), pollId.value(), poll.round(), poll.closedAt(), round.outcome(),
                    round.rule(), round.explanation(), round.counts(), round.positions(), round.toAnswer(), round.rightsLost()));
            List<RoundOutcome> outcomes = new ArrayList<>(roundOutcomes());
            outcomes.add(round.outcome());
            ProcessStep next = ConsensusProcess.next(outcomes);
            if (next instanceof ProcessStep.Adopted) {
                events.add(new MotionAdopted(id.value(), pollId.value(), poll.textVersion(), "CONSENSUS", subject));
            } else if (next instanceof ProcessStep.Lapsed lapsed) {
                events.add(new MotionLapsed(id.value(), pollId.value(), lapsed.afterRound()));
            }
        } else if (result instanceof PollResult.Vote vote) {
            events.add(new FormalVoteCounted(id.value(), pollId.value(), poll.closedAt(), vote.outcome(), vote.threshold(),
                    vote.rule(), vote.explanation(), vote.counts(), vote.rollCall(), vote.rightsLost()));
            if (vote.outcome() == PollResult.VoteOutcome.ADOPTED) {
                events.add(new MotionAdopted(id.value(), pollId.value(), poll.textVersion(), "FORMAL_VOTE", subject));
            } else if (vote.outcome() == PollResult.VoteOutcome.REJECTED) {
                events.add(new MotionRejected(id.value(), pollId.value(), poll.textVersion()));
            } else {
                int inARow = formalVotesWithoutQuorumInARow() + 1;
                if (VotesWithoutQuorum.lapse(inARow)) {
                    events.add(new MotionLapsedWithoutQuorum(id.value(), pollId.value(), inARow));
                }
            }
        }
        return events;
    }

    // ---------------------------------------------------------------- queries

    public MotionId id() {
        return id;
    }

    public MotionKind kind() {
        return kind;
    }

    public CommitteeRef committee() {
        return committee;
    }

    public Subject subject() {
        return subject;
    }

    /**
     * The threshold of a formal vote on the motion: its kind's (§3) before the Governing Board;
     * {@code MAJORITY_CAST} before the Executive Committee, whose votes all take it (§2.2).
     */
    public Threshold threshold() {
        return committee.isExecutiveCommittee() ? Threshold.MAJORITY_CAST : kind.thresholdFor(subject);
    }

    public String proposedBy() {
        return proposedBy;
    }

    public MotionStatus status() {
        return status;
    }

    public List<TextVersion> versions() {
        return List.copyOf(versions);
    }

    public TextVersion currentText() {
        return versions.get(versions.size() - 1);
    }

    public Optional<TextVersion> text(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    public List<Poll> polls() {
        return List.copyOf(polls);
    }

    public Poll poll(PollId pollId) {
        if (!pollId.motionId().equals(id.value()) || pollId.number() > polls.size()) {
            throw new NotFound("POLL_NOT_FOUND", "no poll with id " + pollId);
        }
        return polls.get(pollId.number() - 1);
    }

    /** The poll scheduled, open or being counted, if any (at most one at a time). */
    public Optional<Poll> pendingPoll() {
        return polls.stream().filter(Poll::pending).findFirst();
    }

    /** What may be done next, in the order of the motion's path (for people and the workflow). */
    public String nextStep() {
        if (status.decided()) {
            return "NONE";
        }
        if (pendingPoll().isPresent()) {
            return "AWAIT_POLL";
        }
        if (kind.path() == MotionKind.Path.VOTE) {
            return "FORMAL_VOTE";
        }
        Optional<ProcessStep> step = lastRoundStep();
        if (step.isEmpty()) {
            return "CONSENSUS_ROUND";
        }
        if (step.get() instanceof ProcessStep.FormalVote) {
            return "FORMAL_VOTE";
        }
        return revisionOwed() ? "REVISION" : "CONSENSUS_ROUND";
    }

    @Override
    public long version() {
        return version;
    }

    // ---------------------------------------------------------------- state changes

    @Override
    public void apply(MotionEvent event) {
        if (event instanceof MotionProposed proposed) {
            kind = proposed.kind();
            committee = new CommitteeRef(proposed.committee());
            subject = proposed.subject();
            proposedBy = proposed.proposedBy();
            versions.add(new TextVersion(1, proposed.title(), proposed.text(), null, proposed.proposedAt(), proposed.proposedBy()));
        } else if (event instanceof MotionRevised revised) {
            versions.add(new TextVersion(revised.textVersion(), revised.title(), revised.text(), revised.note(),
                    revised.revisedAt(), revised.revisedBy()));
        } else if (event instanceof MotionWithdrawn) {
            status = MotionStatus.WITHDRAWN;
        } else if (event instanceof PollScheduled scheduled) {
            polls.add(Poll.scheduled(PollId.parse(scheduled.pollId()), committee.id(), scheduled.type(), scheduled.round(),
                    scheduled.textVersion(), scheduled.opensAt(), scheduled.closesAt()));
            status = MotionStatus.POLLING;
        } else if (event instanceof PollHeldInMeeting held) {
            replace(held.pollId(), p -> p.heldIn(held.meetingId()));
        } else if (event instanceof PollOpened opened) {
            replace(opened.pollId(), p -> p.opened(opened.electorate(), opened.excluded(), opened.threshold()));
        } else if (event instanceof PollCancelled cancelled) {
            replace(cancelled.pollId(), p -> p.cancelled(cancelled.reason()));
            status = MotionStatus.OPEN;
        } else if (event instanceof PollCancelledByAdjournment cancelled) {
            replace(cancelled.pollId(), p -> p.cancelled("MEETING_ADJOURNED"));
            status = MotionStatus.OPEN;
        } else if (event instanceof PollClosed closed) {
            replace(closed.pollId(), p -> p.closed(closed.closedAt()));
        } else if (event instanceof FormalVoteCounted counted) {
            replace(counted.pollId(), p -> p.counted(new PollResult.Vote(counted.outcome(), counted.threshold(), counted.rule(),
                    counted.explanation(), counted.counts(), counted.rollCall(), counted.rightsLost())));
            status = MotionStatus.OPEN;
        } else if (event instanceof ConsensusRoundCounted counted) {
            replace(counted.pollId(), p -> p.counted(new PollResult.Round(counted.outcome(), counted.rule(),
                    counted.explanation(), counted.counts(), counted.positions(), counted.toAnswer(), counted.rightsLost())));
            status = MotionStatus.OPEN;
        } else if (event instanceof MotionAdopted) {
            status = MotionStatus.ADOPTED;
        } else if (event instanceof MotionRejected) {
            status = MotionStatus.REJECTED;
        } else if (event instanceof MotionLapsed || event instanceof MotionLapsedWithoutQuorum) {
            status = MotionStatus.LAPSED;
        }
        version++;
    }

    // ---------------------------------------------------------------- rules

    private int requireRoundIsNext() {
        if (kind.path() == MotionKind.Path.VOTE) {
            throw wrongStep("a " + kind + " motion is decided by a formal vote (DOMAIN §3), not by consensus rounds");
        }
        Optional<ProcessStep> step = lastRoundStep();
        if (step.isEmpty()) {
            return 1;
        }
        if (step.get() instanceof ProcessStep.NextRound next) {
            if (revisionOwed()) {
                throw wrongStep("round " + (next.round() - 1) + " of motion " + id + " left blocks or reservations to answer ("
                        + String.join(", ", lastRound().flatMap(Motion::roundResult).map(PollResult.Round::toAnswer)
                        .orElse(List.of())) + "): publish a revised version before round " + next.round() + " (§4.3)");
            }
            return next.round();
        }
        throw wrongStep("motion " + id + " has had its " + ConsensusProcess.ROUND_LIMIT
                + " consensus rounds; a formal vote on the last version follows (§4.4)");
    }

    private int requireVoteIsNext() {
        int votes = (int) polls.stream().filter(p -> p.type() == PollType.FORMAL_VOTE && p.status() != PollStatus.CANCELLED).count();
        if (kind.path() == MotionKind.Path.VOTE) {
            return votes + 1;
        }
        Optional<ProcessStep> step = lastRoundStep();
        if (step.isPresent() && step.get() instanceof ProcessStep.FormalVote) {
            return votes + 1;
        }
        int held = roundOutcomes().size();
        throw wrongStep("a formal vote on a " + kind + " follows " + ConsensusProcess.ROUND_LIMIT
                + " failed consensus rounds (§4.4); motion " + id + " has had " + held + (held == 1 ? " round" : " rounds"));
    }

    /** After a failed round with blocks or reservations, a revised version must answer them before the next round. */
    private boolean revisionOwed() {
        Optional<Poll> last = lastRound();
        if (last.isEmpty()) {
            return false;
        }
        boolean toAnswer = roundResult(last.get()).map(r -> !r.toAnswer().isEmpty()).orElse(false);
        return toAnswer && currentText().number() <= last.get().textVersion();
    }

    private Optional<ProcessStep> lastRoundStep() {
        List<RoundOutcome> outcomes = roundOutcomes();
        return outcomes.isEmpty() ? Optional.empty() : Optional.of(ConsensusProcess.next(outcomes));
    }

    /** The counted formal votes without quorum since the last one with quorum (polls never opened do not count). */
    private int formalVotesWithoutQuorumInARow() {
        int inARow = 0;
        for (Poll poll : polls) {
            Optional<PollResult.Vote> vote = poll.result().filter(PollResult.Vote.class::isInstance).map(PollResult.Vote.class::cast);
            if (vote.isPresent()) {
                inARow = vote.get().outcome() == PollResult.VoteOutcome.NO_QUORUM ? inARow + 1 : 0;
            }
        }
        return inARow;
    }

    private List<RoundOutcome> roundOutcomes() {
        return polls.stream().map(Motion::roundResult).flatMap(Optional::stream).map(PollResult.Round::outcome).toList();
    }

    private Optional<Poll> lastRound() {
        return polls.stream().filter(p -> p.type() == PollType.CONSENSUS_ROUND && p.isCounted()).reduce((a, b) -> b);
    }

    private static Optional<PollResult.Round> roundResult(Poll poll) {
        return poll.result().filter(PollResult.Round.class::isInstance).map(PollResult.Round.class::cast);
    }

    private void requireUndecided(String what) {
        if (status.decided()) {
            throw wrongStep("motion " + id + " is " + status + " and cannot be " + what);
        }
    }

    private void requireNoPendingPoll(String template) {
        pendingPoll().ifPresent(p -> {
            throw wrongStep("motion " + id + " cannot be " + template.formatted(p.id(), p.status()));
        });
    }

    private Conflict wrongStep(String detail) {
        return new Conflict("WRONG_STEP", detail, version);
    }

    private void replace(String pollId, java.util.function.UnaryOperator<Poll> change) {
        int index = PollId.parse(pollId).number() - 1;
        polls.set(index, change.apply(polls.get(index)));
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new RuleViolation("TITLE_REQUIRED", "title is required");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new RuleViolation("TITLE_TOO_LONG", "title: at most " + MAX_TITLE + " characters");
        }
        return title.strip();
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("TEXT_REQUIRED", "text is required: the motion's full wording");
        }
        if (text.length() > MAX_TEXT) {
            throw new RuleViolation("TEXT_TOO_LONG", "text: at most " + MAX_TEXT + " characters");
        }
        return text;
    }
}
