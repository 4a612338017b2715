package org.charter.audit.retally;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.audit.replay.History;
import org.charter.audit.replay.ReplayKind;
import org.charter.audit.replay.ReplayKinds;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionEvent;
import org.charter.committee.motion.MotionId;
import org.charter.committee.poll.Ballot;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollResult;
import org.charter.committee.poll.Tallying;
import org.charter.committee.vote.Vote;
import org.charter.committee.vote.VoteEvent;
import org.charter.committee.vote.VoteId;
import org.charter.membership.member.Standing;

/**
 * Re-tallies every closed and counted poll of the committee's history (consensus rounds and
 * formal votes, the Board's budget votes among them) from its raw answers, with the committee's
 * own {@link Tallying} on the {@code voting} library, and compares with the result recorded: the
 * motion stream gives the poll (its electorate frozen at opening, its threshold, its close), the
 * members' vote streams give every answer. The members whose rights were lost inside the window
 * (DOMAIN.md §1.5: a suspension, withdrawal or demotion taking effect after the opening and before
 * the close; a vote cast before it counts, later ones do not) are re-derived from the membership
 * facts, each member's stream rebuilt with the membership service's own {@code Member} from the
 * facts recorded by the time the result was recorded (what the committee could know when it
 * counted); a member with no stream in the membership history is taken as recorded. Nothing is
 * changed: a difference is reported.
 */
public final class PollRetally {

    private static final Instant END = Instant.MAX;

    /** The committee's motion streams, {@code motion:<id>} ({@code MotionId.streamId}). */
    static final String MOTIONS = "motion:";

    /**
     * Re-tallies the polls of a committee history (every event of {@code charter.committee.events}),
     * the rights lost inside each window taken as recorded with the result.
     */
    public Retally run(Stream<HistoricalEvent> committeeEvents) {
        return run(committeeEvents, Stream.empty());
    }

    /**
     * Re-tallies the polls of a committee history, the rights lost inside each window re-derived
     * from the membership history (every event of {@code charter.membership.events}). Both are
     * held, as a source read in no particular order must be.
     */
    public Retally run(Stream<HistoricalEvent> committeeEvents, Stream<HistoricalEvent> membershipEvents) {
        return run(context -> context.equals("committee") ? committeeEvents : membershipEvents);
    }

    /**
     * Re-tallies the polls of a history one at a time: the motion streams in subject order, each
     * rebuilt alone, and for each counted poll its members' vote streams ({@code vote:<poll>:}),
     * read then and let go once counted. From a history that reads in subject order (the ledger)
     * what is held is one motion and one poll's votes, however many polls there are; any other
     * is held by subject first ({@link HeldBySubject}). The membership facts (one short stream per
     * member) are held throughout.
     */
    public Retally run(History source) {
        History history = HeldBySubject.of(source);
        Map<String, List<HistoricalEvent>> members = new HashMap<>();
        try (Stream<HistoricalEvent> membershipEvents = history.all("membership")) {
            membershipEvents.forEach(e -> {
                if (e.subject() != null && ReplayKinds.MEMBER.owns(e)) {
                    members.computeIfAbsent(e.subject(), s -> new ArrayList<>()).add(e);
                }
            });
        }
        long counted = 0;
        List<Discrepancy> discrepancies = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<HistoricalEvent> motions = history.bySubject("committee", MOTIONS)
                .filter(ReplayKinds.MOTION::owns)) {
            for (ReplayKind<MotionId, Motion, MotionEvent>.Gathered stream : ReplayKinds.MOTION.consecutive(motions, END)) {
                Motion motion;
                try {
                    motion = stream.rebuilt().orElseThrow();
                } catch (RuntimeException e) {
                    unreadable.add(stream.subject() + ": " + e.getMessage());
                    continue;
                }
                for (Poll poll : motion.polls()) {
                    if (!poll.isCounted() || poll.result().isEmpty()) {
                        continue;
                    }
                    PollResult recorded = poll.result().get();
                    List<Ballot> ballots;
                    try {
                        ballots = ballots(poll, history);
                    } catch (RuntimeException e) {
                        unreadable.add("the votes of poll " + poll.id() + ": " + e.getMessage());
                        continue;
                    }
                    Map<String, Instant> rightsLost;
                    try {
                        rightsLost = rightsLost(poll, recorded, stream, members);
                    } catch (RuntimeException e) {
                        unreadable.add("the membership facts of poll " + poll.id() + ": " + e.getMessage());
                        continue;
                    }
                    counted++;
                    PollResult recount = Tallying.count(poll, poll.closedAt(), ballots, rightsLost);
                    if (!recount.equals(recorded)) {
                        discrepancies.add(new Discrepancy("POLL", poll.id().value(), Discrepancy.Reason.RECOUNT_DIFFERS,
                                recorded.outcomeName(), recount.outcomeName(), recorded.rule(), differences(recorded, recount)));
                    }
                }
            }
        }
        return new Retally(counted, counted - discrepancies.size(), discrepancies, unreadable);
    }

    /**
     * Each member of the electorate whose standing lost the voting rights after the opening and
     * before the close, at the first such instant (rights are lost, never regained, within a poll),
     * as the membership facts recorded by the time the result was recorded say.
     */
    private static Map<String, Instant> rightsLost(Poll poll, PollResult recorded,
                                                   ReplayKind<MotionId, Motion, MotionEvent>.Gathered motion,
                                                   Map<String, List<HistoricalEvent>> members) {
        String pollId = poll.id().value();
        Instant countedAt = motion.firstRecorded(e -> e instanceof MotionEvent.ConsensusRoundCounted c
                && c.pollId().equals(pollId) || e instanceof MotionEvent.FormalVoteCounted f && f.pollId().equals(pollId))
                .orElse(END);
        Map<String, Instant> lost = new TreeMap<>();
        for (String member : poll.electorate().members()) {
            List<HistoricalEvent> facts = members.get(member);
            if (facts == null) {
                Instant asRecorded = recorded.rightsLost().get(member);
                if (asRecorded != null) {
                    lost.put(member, asRecorded);
                }
                continue;
            }
            ReplayKinds.MEMBER.rebuild(facts, countedAt).flatMap(m -> m.timeline().stream()
                    .filter(s -> s.since().isAfter(poll.opensAt()) && !Standing.hasVotingRights(s.status(), s.tier()))
                    .map(Standing::since).findFirst())
                    .filter(at -> at.isBefore(poll.closedAt()))
                    .ifPresent(at -> lost.put(member, at));
        }
        return lost;
    }

    /** The electorate's ballots, in electorate order, from the poll's vote streams alone. */
    private static List<Ballot> ballots(Poll poll, History history) {
        Map<String, String> memberOf = new HashMap<>();
        for (String member : poll.electorate().members()) {
            memberOf.put(new VoteId(poll.id(), member).streamId(), member);
        }
        Map<String, List<Ballot>> byMember = new HashMap<>();
        String votes = new VoteId(poll.id(), "").streamId();
        try (Stream<HistoricalEvent> events = history.bySubject("committee", votes).filter(ReplayKinds.VOTE::owns)) {
            for (ReplayKind<VoteId, Vote, VoteEvent>.Gathered answers : ReplayKinds.VOTE.consecutive(events, END)) {
                String member = memberOf.get(answers.subject());
                if (member != null) {
                    answers.rebuilt().map(Vote::ballots).ifPresent(b -> byMember.put(member, b));
                }
            }
        }
        List<Ballot> ballots = new ArrayList<>();
        for (String member : poll.electorate().members()) {
            ballots.addAll(byMember.getOrDefault(member, List.of()));
        }
        return ballots;
    }

    private static String differences(PollResult recorded, PollResult recount) {
        List<String> parts = new ArrayList<>();
        if (!recorded.outcomeName().equals(recount.outcomeName())) {
            parts.add("outcome recorded " + recorded.outcomeName() + ", recounted " + recount.outcomeName()
                    + " (" + recount.explanation() + ")");
        }
        if (recorded instanceof PollResult.Round a && recount instanceof PollResult.Round b) {
            differ(parts, "counts", a.counts(), b.counts());
            differ(parts, "roll call", a.positions(), b.positions());
            differ(parts, "to answer", a.toAnswer(), b.toAnswer());
        } else if (recorded instanceof PollResult.Vote a && recount instanceof PollResult.Vote b) {
            differ(parts, "counts", a.counts(), b.counts());
            differ(parts, "roll call", a.rollCall(), b.rollCall());
            differ(parts, "threshold", a.threshold(), b.threshold());
        }
        differ(parts, "rights lost inside the window", recorded.rightsLost(), recount.rightsLost());
        differ(parts, "explanation", recorded.explanation(), recount.explanation());
        return parts.isEmpty() ? "the recorded result differs from the recount" : String.join("; ", parts);
    }

    private static void differ(List<String> parts, String what, Object recorded, Object recount) {
        if (!Objects.equals(recorded, recount)) {
            parts.add(what + " recorded " + recorded + ", recounted " + recount);
        }
    }
}
