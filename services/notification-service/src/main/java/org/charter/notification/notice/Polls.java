package org.charter.notification.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the service knows of each poll: its window, its frozen electorate, who has answered (never how);
 * and of each motion, the committee it was put to.
 */
public interface Polls {

    /** Remembers the committee a motion was put to (its polls' recipients follow it). */
    void proposed(CommitteeFact.MotionProposed proposed);

    /** The committee the motion was put to, if its proposal was seen. */
    Optional<String> committeeOf(String motionId);

    void scheduled(CommitteeFact.PollScheduled scheduled);

    void opened(CommitteeFact.PollOpened opened);

    void answered(CommitteeFact.Answered answered);

    Optional<Poll> poll(String pollId);

    /**
     * @param closesAt   null until the schedule is seen
     * @param electorate empty until the opening is seen
     * @param answered   members that have answered
     */
    record Poll(String pollId, String motionId, String type, Instant closesAt, List<String> electorate, Instant openedAt,
                Set<String> answered) {
    }
}
