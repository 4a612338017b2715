package org.charter.committee.poll.adapter;

import java.time.Instant;
import java.util.List;
import org.charter.committee.motion.adapter.PollViewStatus;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollResult;
import org.charter.committee.poll.PollStatus;

/**
 * A poll as the API shows it: {@code electorate} is {@code N} (null until the poll opened),
 * {@code cast} how many members have answered of it, {@code result} once counted, {@code meeting}
 * the meeting it is held in (null for an electronic poll between meetings), {@code committee} the
 * body whose poll it is (GOVERNING_BOARD, or EXECUTIVE_COMMITTEE: voted by its seat holders).
 */
record PollView(String id, String motion, String committee, String type, int round, int textVersion, String status, Instant opensAt,
                Instant closesAt, Instant closedAt, Integer electorate, int cast, String threshold, boolean counting,
                Result result, String meeting) {

    /** The outcome, the rule that decided it, its explanation and the counts it rests on. */
    record Result(String outcome, String rule, String explanation, Object counts, List<String> toAnswer,
                  java.util.Map<String, Instant> rightsLost) {
        static Result of(PollResult result) {
            if (result instanceof PollResult.Vote vote) {
                return new Result(vote.outcomeName(), vote.rule(), vote.explanation(), vote.counts(), List.of(), vote.rightsLost());
            }
            PollResult.Round round = (PollResult.Round) result;
            return new Result(round.outcomeName(), round.rule(), round.explanation(), round.counts(), round.toAnswer(),
                    round.rightsLost());
        }

        static Result cancelled(Poll poll) {
            if ("MEETING_ADJOURNED".equals(poll.cancellation())) {
                return new Result("MEETING_ADJOURNED", "held in meeting " + poll.meeting().orElse("?"),
                        "MEETING_ADJOURNED: the meeting the poll was to be held in adjourned before it opened",
                        java.util.Map.of(), List.of(), java.util.Map.of());
            }
            return new Result("NO_ELECTORATE", "N = 0", "NO_ELECTORATE: nobody was GOVERNING and ACTIVE when the poll opened",
                    java.util.Map.of("electorate", 0), List.of(), java.util.Map.of());
        }
    }

    static PollView of(Poll poll, int answered) {
        Result result = poll.status() == PollStatus.CANCELLED ? Result.cancelled(poll)
                : poll.result().map(Result::of).orElse(null);
        int cast = poll.result().map(PollView::participating).orElse(answered);
        return new PollView(poll.id().value(), poll.id().motionId(), poll.committee(), poll.type().name(), poll.round(), poll.textVersion(),
                PollViewStatus.of(poll), poll.opensAt(), poll.closesAt(), poll.closedAt(),
                poll.electorate() == null ? null : poll.electorate().size(), cast,
                poll.threshold() == null ? null : poll.threshold().name(),
                poll.status() == PollStatus.CLOSED && !poll.isCounted(), result, poll.meeting().orElse(null));
    }

    private static int participating(PollResult result) {
        return result instanceof PollResult.Vote vote ? vote.counts().participating()
                : ((PollResult.Round) result).counts().withPosition();
    }
}
