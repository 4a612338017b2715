package org.charter.committee.motion;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.charter.committee.poll.Poll;
import org.charter.platform.aggregate.ReadModel;

/** The motion directory's "pending poll held in meeting" index, in memory, kept by the repository like the real one. */
public final class InMemoryPollsByMeeting implements ReadModel<Motion>, PollsByMeeting {

    private final Map<MotionId, String> meetingOfPendingPoll = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "polls-by-meeting";
    }

    @Override
    public void update(Motion motion) {
        motion.pendingPoll().flatMap(Poll::meeting).ifPresentOrElse(
                meeting -> meetingOfPendingPoll.put(motion.id(), meeting),
                () -> meetingOfPendingPoll.remove(motion.id()));
    }

    @Override
    public List<MotionId> withPendingPollIn(String meetingId) {
        return meetingOfPendingPoll.entrySet().stream().filter(e -> e.getValue().equals(meetingId)).map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparing(MotionId::value)).toList();
    }
}
