package org.charter.committee.poll;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.charter.voting.consensus.ConsensusRound;
import org.charter.voting.consensus.PositionTaken;
import org.charter.voting.decision.CastVote;
import org.charter.voting.decision.Electorate;
import org.charter.voting.decision.Threshold;
import org.charter.voting.decision.VoteRefusal;

/**
 * One poll on a motion, as its motion's events record it: scheduled with its window, opened with
 * the electorate frozen at {@code opensAt} (and, for a formal vote, the threshold snapshotted then),
 * closed, and counted. Immutable: each recorded fact gives the next state.
 */
public final class Poll {

    /** The shortest poll held in a meeting (DOMAIN.md §3.5, a Default): nor may it be closed earlier. */
    public static final java.time.Duration SHORTEST_IN_MEETING = java.time.Duration.ofMinutes(10);

    public static final String GOVERNING_BOARD = "GOVERNING_BOARD";
    public static final String EXECUTIVE_COMMITTEE = "EXECUTIVE_COMMITTEE";

    private final PollId id;
    private final String committee;
    private final PollType type;
    private final int round;
    private final int textVersion;
    private final Instant opensAt;
    private final Instant closesAt;
    private final PollStatus status;
    private final Electorate electorate;
    private final String excluded;
    private final Threshold threshold;
    private final Instant closedAt;
    private final PollResult result;
    private final String meeting;
    private final String cancellation;

    private Poll(PollId id, String committee, PollType type, int round, int textVersion, Instant opensAt, Instant closesAt,
                 PollStatus status, Electorate electorate, String excluded, Threshold threshold, Instant closedAt,
                 PollResult result, String meeting, String cancellation) {
        this.id = Objects.requireNonNull(id, "id");
        this.committee = Objects.requireNonNull(committee, "committee");
        this.type = Objects.requireNonNull(type, "type");
        this.round = round;
        this.textVersion = textVersion;
        this.opensAt = Objects.requireNonNull(opensAt, "opensAt");
        this.closesAt = Objects.requireNonNull(closesAt, "closesAt");
        this.status = status;
        this.electorate = electorate;
        this.excluded = excluded;
        this.threshold = threshold;
        this.closedAt = closedAt;
        this.result = result;
        this.meeting = meeting;
        this.cancellation = cancellation;
    }

    /** @param round the consensus round's number (1..3) or the formal vote's number on the motion */
    public static Poll scheduled(PollId id, PollType type, int round, int textVersion, Instant opensAt, Instant closesAt) {
        return scheduled(id, GOVERNING_BOARD, type, round, textVersion, opensAt, closesAt);
    }

    /** A poll of {@code committee}'s (the body its motion is put to: GOVERNING_BOARD, EXECUTIVE_COMMITTEE). */
    public static Poll scheduled(PollId id, String committee, PollType type, int round, int textVersion, Instant opensAt,
                                 Instant closesAt) {
        return new Poll(id, committee, type, round, textVersion, opensAt, closesAt, PollStatus.SCHEDULED, null, null, null, null,
                null, null, null);
    }

    /** The poll is held in meeting {@code meetingId} (it closes when the meeting adjourns, not earlier than 10 minutes). */
    public Poll heldIn(String meetingId) {
        return new Poll(id, committee, type, round, textVersion, opensAt, closesAt, status, electorate, excluded, threshold, closedAt,
                result, meetingId, cancellation);
    }

    public Poll opened(List<String> members, String excludedMember, Threshold snapshot) {
        return new Poll(id, committee, type, round, textVersion, opensAt, closesAt, PollStatus.OPEN,
                Electorate.frozenAt(opensAt, members), excludedMember, snapshot, null, null, meeting, null);
    }

    /** @param reason NO_ELECTORATE (§8.14) or MEETING_ADJOURNED (its meeting ended before it opened) */
    public Poll cancelled(String reason) {
        return new Poll(id, committee, type, round, textVersion, opensAt, closesAt, PollStatus.CANCELLED, null, null, null, null, null,
                meeting, reason);
    }

    public Poll closed(Instant at) {
        return new Poll(id, committee, type, round, textVersion, opensAt, closesAt, PollStatus.CLOSED, electorate, excluded,
                threshold, at, null, meeting, null);
    }

    public Poll counted(PollResult counted) {
        return new Poll(id, committee, type, round, textVersion, opensAt, closesAt, PollStatus.CLOSED, electorate, excluded,
                threshold, closedAt, counted, meeting, null);
    }

    /**
     * Why an answer at {@code at} is not recorded, by the library's rules: before the poll opened,
     * after it closed, outside the frozen electorate, or after the member's rights were lost.
     * A second formal vote is refused by the vote's own stream, not here.
     */
    public Optional<VoteRefusal> refusalOf(String member, Answer answer, String reason, Instant at,
                                           Optional<Instant> rightsLostAt) {
        Optional<VoteRefusal> window = windowRefusal(at);
        if (window.isPresent()) {
            return window;
        }
        Electorate current = rightsLostAt.map(lost -> electorate.withRightsLost(member, lost)).orElse(electorate);
        if (type == PollType.FORMAL_VOTE) {
            return new org.charter.voting.decision.Poll(current, closesAt, threshold)
                    .refusalOf(new CastVote(member, answer.choice(), at), List.of());
        }
        return new ConsensusRound(current, closesAt).refusalOf(new PositionTaken(member, answer.position(), reason, at));
    }

    /** Why no answer at all is recorded at {@code at}, whoever gives it: the poll has not opened, or it closed. */
    public Optional<VoteRefusal> windowRefusal(Instant at) {
        if (status == PollStatus.SCHEDULED) {
            return Optional.of(at.isBefore(opensAt) ? VoteRefusal.POLL_NOT_OPEN : VoteRefusal.POLL_CLOSED);
        }
        if (status != PollStatus.OPEN) {
            return Optional.of(VoteRefusal.POLL_CLOSED);
        }
        return Optional.empty();
    }

    /** The frozen electorate with the rights lost inside the window (members outside it are ignored). */
    public Electorate electorateWithRightsLost(Map<String, Instant> rightsLost) {
        Electorate current = electorate;
        for (var lost : rightsLost.entrySet()) {
            current = current.withRightsLost(lost.getKey(), lost.getValue());
        }
        return current;
    }

    /** Scheduled, open, or closed and not yet counted: the motion's text is frozen and no other poll may start. */
    public boolean pending() {
        return status != PollStatus.CANCELLED && result == null;
    }

    public boolean isCounted() {
        return result != null;
    }

    public PollId id() {
        return id;
    }

    /** The body whose poll it is: GOVERNING_BOARD, or EXECUTIVE_COMMITTEE (voted by its seat holders). */
    public String committee() {
        return committee;
    }

    /** Whether it is the Executive Committee's: one vote per seat holder, for the seat's member (§2.2). */
    public boolean byExecutiveCommittee() {
        return EXECUTIVE_COMMITTEE.equals(committee);
    }

    public PollType type() {
        return type;
    }

    public int round() {
        return round;
    }

    public int textVersion() {
        return textVersion;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public PollStatus status() {
        return status;
    }

    /** The electorate frozen at opening; null until the poll opened. */
    public Electorate electorate() {
        return electorate;
    }

    /** The member the vote is about, left out of {@code N} (a removal, §3); null otherwise. */
    public String excluded() {
        return excluded;
    }

    /** A formal vote's threshold, snapshotted at opening; null for rounds and before opening. */
    public Threshold threshold() {
        return threshold;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Optional<PollResult> result() {
        return Optional.ofNullable(result);
    }

    /** The meeting the poll is held in; empty for an electronic poll between meetings. */
    public Optional<String> meeting() {
        return Optional.ofNullable(meeting);
    }

    /** Why a cancelled poll was cancelled (NO_ELECTORATE, MEETING_ADJOURNED); null otherwise. */
    public String cancellation() {
        return cancellation;
    }
}
