package org.charter.audit.retally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.audit.replay.History;
import org.charter.audit.replay.Script;
import org.charter.committee.motion.CommitteeRef;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.MotionKind;
import org.charter.committee.poll.Answer;
import org.charter.committee.poll.Ballot;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollType;
import org.charter.committee.poll.Tallying;
import org.charter.committee.vote.Vote;
import org.charter.committee.vote.VoteId;
import org.junit.jupiter.api.Test;

/**
 * From a history that reads in subject order (as the ledger does), the re-tally takes the polls
 * one at a time: it never reads the whole committee topic, each read of votes is one poll's, and
 * it asks for a poll's votes before it has read further than one motion ahead.
 */
class PollRetallyBoundTest {

    private static final int POLLS = 300;
    private static final List<String> ELECTORATE = List.of("AA", "BB", "CC", "DD", "EE");
    private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void many_polls_are_re_tallied_one_at_a_time_each_with_only_its_own_votes() {
        List<HistoricalEvent> sorted = new ArrayList<>(history().events());
        sorted.sort(Comparator.comparing(HistoricalEvent::subject).thenComparingLong(HistoricalEvent::sequence));
        Set<String> motionsRead = new HashSet<>();
        AtomicInteger voteReads = new AtomicInteger();
        List<Integer> largestVoteRead = new ArrayList<>(List.of(0));
        List<Integer> motionsAheadOfVotes = new ArrayList<>(List.of(0));
        History ordered = new History() {
            @Override
            public Stream<HistoricalEvent> all(String context) {
                if (context.equals("committee")) {
                    throw new AssertionError("the whole committee topic was read");
                }
                return Stream.empty();
            }

            @Override
            public Stream<HistoricalEvent> bySubject(String context, String prefix) {
                Stream<HistoricalEvent> range = sorted.stream().filter(e -> e.subject().startsWith(prefix));
                if (prefix.startsWith("vote:")) {
                    List<HistoricalEvent> votes = range.toList();
                    voteReads.incrementAndGet();
                    largestVoteRead.set(0, Math.max(largestVoteRead.get(0), votes.size()));
                    motionsAheadOfVotes.set(0, Math.max(motionsAheadOfVotes.get(0), motionsRead.size() - voteReads.get()));
                    return votes.stream();
                }
                return range.peek(e -> motionsRead.add(e.subject()));
            }

            @Override
            public boolean readsBySubject() {
                return true;
            }
        };

        Retally retally = new PollRetally().run(ordered);

        assertThat(retally.counted()).isEqualTo(POLLS);
        assertThat(retally.matched()).isEqualTo(POLLS);
        assertThat(retally.unreadable()).isEmpty();
        assertThat(voteReads.get()).isEqualTo(POLLS);
        assertThat(largestVoteRead.get(0)).isEqualTo(ELECTORATE.size()); // one answer each, of this poll only
        assertThat(motionsAheadOfVotes.get(0)).isLessThanOrEqualTo(1); // the motion at hand and one event of the next
    }

    @Test
    void a_history_read_in_no_order_gives_the_same_result_held_by_subject() {
        List<HistoricalEvent> events = history().events();

        Retally held = new PollRetally().run(events.stream(), Stream.empty());

        assertThat(held.counted()).isEqualTo(POLLS);
        assertThat(held.matched()).isEqualTo(POLLS);
    }

    /** {@link #POLLS} motions of one consensus round each, every member of the electorate answering. */
    private static Script history() {
        Script script = new Script(state -> state);
        for (int i = 0; i < POLLS; i++) {
            MotionId id = MotionId.of("m-" + String.format("b%09d", i));
            Instant at = START.plus(Duration.ofHours(i));
            var proposed = Motion.propose(id, "Motion " + i, "Be it resolved " + i + ".", MotionKind.POLICY_ADOPTION,
                    CommitteeRef.GOVERNING_BOARD, null, "secretary-1", at);
            Motion motion = Motion.replay(proposed);
            script.created("committee", id.streamId(), proposed, at);
            Instant opens = at.plusSeconds(60);
            Instant closes = opens.plus(Duration.ofDays(7));
            script.record("committee", id.streamId(), motion,
                    motion.scheduleOpen(PollType.CONSENSUS_ROUND, opens, closes, ELECTORATE, opens), opens);
            PollId poll = PollId.parse(id.value() + "-1");
            List<Ballot> ballots = new ArrayList<>();
            for (String member : ELECTORATE) {
                Vote vote = Vote.none(new VoteId(poll, member));
                Answer answer = (i + member.hashCode()) % 7 == 0 ? Answer.BLOCK : Answer.SUPPORT;
                script.record("committee", new VoteId(poll, member).streamId(), vote, vote.answer(PollType.CONSENSUS_ROUND,
                        answer, answer == Answer.BLOCK ? "against" : null, "person-" + member, opens.plusSeconds(60)),
                        opens.plusSeconds(60));
                ballots.addAll(vote.ballots());
            }
            script.record("committee", id.streamId(), motion, motion.close(poll, closes), closes);
            script.record("committee", id.streamId(), motion,
                    motion.count(poll, Tallying.count(motion.poll(poll), closes, ballots, java.util.Map.of())),
                    closes.plusSeconds(1));
        }
        return script;
    }
}
