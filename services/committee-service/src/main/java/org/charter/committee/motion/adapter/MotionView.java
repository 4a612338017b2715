package org.charter.committee.motion.adapter;

import java.time.Instant;
import java.util.List;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.Subject;
import org.charter.committee.motion.TextVersion;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollResult;
import org.charter.committee.poll.PollStatus;

/** A motion as the API shows it: its current text, its status, what comes next and its polls. */
record MotionView(String id, String title, String text, int textVersion, String kind, String committee, Subject subject,
                  String proposedBy, Instant proposedAt, String status, String nextStep, String threshold,
                  List<PollSummary> polls, long version) {

    record PollSummary(String id, String type, int round, int textVersion, String status, Instant opensAt, Instant closesAt,
                       String outcome) {
        static PollSummary of(Poll poll) {
            return new PollSummary(poll.id().value(), poll.type().name(), poll.round(), poll.textVersion(),
                    PollViewStatus.of(poll), poll.opensAt(), poll.closesAt(),
                    poll.result().map(PollResult::outcomeName)
                            .orElse(poll.status() == PollStatus.CANCELLED ? "NO_ELECTORATE" : null));
        }
    }

    static MotionView of(Motion motion) {
        TextVersion text = motion.currentText();
        String threshold;
        try {
            threshold = motion.threshold().name();
        } catch (RuntimeException e) {
            threshold = null;
        }
        return new MotionView(motion.id().value(), text.title(), text.text(), text.number(), motion.kind().name(),
                motion.committee().id(), motion.subject(), motion.proposedBy(), motion.versions().get(0).at(),
                motion.status().name(), motion.nextStep(), threshold, motion.polls().stream().map(PollSummary::of).toList(),
                motion.version());
    }
}
