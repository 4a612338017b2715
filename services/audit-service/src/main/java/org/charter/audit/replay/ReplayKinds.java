package org.charter.audit.replay;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.proposal.BudgetYear;
import org.charter.committee.committee.Committee;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.meeting.Meeting;
import org.charter.committee.meeting.MeetingId;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionEvent;
import org.charter.committee.motion.MotionId;
import org.charter.committee.poll.PollId;
import org.charter.committee.vote.Vote;
import org.charter.committee.vote.VoteEvent;
import org.charter.committee.vote.VoteId;
import org.charter.election.election.Election;
import org.charter.election.election.ElectionId;
import org.charter.election.seat.ExecutiveCommittee;
import org.charter.membership.collaborative.Collaborative;
import org.charter.membership.collaborative.CollaborativeId;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberId;
import org.charter.platform.error.NotFound;

/**
 * The kinds an auditor replays, each with its service's own aggregate: a new kind is one line
 * here, with the domain jar of its service in the pom.
 */
public final class ReplayKinds {

    public static final ReplayKind<MotionId, Motion, MotionEvent> MOTION =
            ReplayKind.of("motion", "committee", Motion.KIND, MotionId::of);
    /** A member's standing, tiers and representatives (re-tally re-derives the rights lost inside a poll's window from it). */
    public static final ReplayKind<MemberId, Member, org.charter.membership.member.MemberEvent> MEMBER =
            ReplayKind.of("member", "membership", Member.KIND, MemberId::of);
    /** An election with its contests (re-tally recounts each counted contest from the ballots it published). */
    public static final ReplayKind<ElectionId, Election, org.charter.election.election.ElectionEvent> ELECTION =
            ReplayKind.of("election", "election", Election.KIND, ElectionId::of);
    /** One member's answers in one poll, id {@code <poll id>:<member>} (re-tally reads them; not offered for replay). */
    public static final ReplayKind<VoteId, Vote, VoteEvent> VOTE = ReplayKind.of("vote", "committee", Vote.KIND, id -> {
        int colon = id.lastIndexOf(':');
        return new VoteId(PollId.parse(id.substring(0, Math.max(colon, 0))), id.substring(colon + 1));
    });

    private final Map<String, ReplayKind<?, ?, ?>> kinds = new LinkedHashMap<>();

    public ReplayKinds() {
        add(MEMBER);
        add(ReplayKind.of("committee", "committee", Committee.KIND, CommitteeId::of));
        add(MOTION);
        add(ReplayKind.within("poll", "committee", Motion.KIND, id -> MotionId.of(PollId.parse(id).motionId()),
                (motion, id) -> {
                    PollId poll = PollId.parse(id);
                    return motion.polls().size() < poll.number() ? Optional.empty() : Optional.of(motion.poll(poll));
                }));
        add(ReplayKind.of("budget", "budget", BudgetYear.KIND, FiscalYear::of));
        add(ELECTION);
        add(ReplayKind.of("meeting", "committee", Meeting.KIND, MeetingId::of));
        add(ReplayKind.of("seats", "election", ExecutiveCommittee.KIND, ReplayKinds::executiveCommittee));
        add(ReplayKind.of("collaborative", "membership", Collaborative.KIND, CollaborativeId::of));
    }

    /** The Executive Committee's seats are one stream, so the one id there is is its name. */
    private static String executiveCommittee(String id) {
        if (!ExecutiveCommittee.ID.equals(id)) {
            throw new NotFound("SEATS_NOT_FOUND", "no seats '" + id + "': the Executive Committee's seats are replayed as "
                    + "seats " + ExecutiveCommittee.ID);
        }
        return id;
    }

    private void add(ReplayKind<?, ?, ?> kind) {
        kinds.put(kind.name(), kind);
    }

    /** The kind of this name; 404 {@code REPLAY_KIND_UNKNOWN} naming the kinds there are. */
    public ReplayKind<?, ?, ?> named(String name) {
        ReplayKind<?, ?, ?> kind = kinds.get(name);
        if (kind == null) {
            throw new NotFound("REPLAY_KIND_UNKNOWN", "cannot replay '" + name + "': the kinds are " + String.join(", ", kinds.keySet()));
        }
        return kind;
    }

    /** Every kind replay or re-tally reads, {@link #VOTE} (re-tally's, not offered for replay) included. */
    public java.util.List<ReplayKind<?, ?, ?>> read() {
        java.util.List<ReplayKind<?, ?, ?>> read = new java.util.ArrayList<>(kinds.values());
        read.add(VOTE);
        return read;
    }

    public Iterable<String> names() {
        return kinds.keySet();
    }
}
