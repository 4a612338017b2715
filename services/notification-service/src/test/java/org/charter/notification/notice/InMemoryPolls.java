package org.charter.notification.notice;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link Polls} in a map, for domain tests. */
public final class InMemoryPolls implements Polls {

    private final Map<String, Poll> polls = new HashMap<>();
    private final Map<String, String> committees = new HashMap<>();

    @Override
    public void proposed(CommitteeFact.MotionProposed proposed) {
        committees.put(proposed.motionId(), proposed.committee());
    }

    @Override
    public Optional<String> committeeOf(String motionId) {
        return Optional.ofNullable(committees.get(motionId));
    }

    @Override
    public void scheduled(CommitteeFact.PollScheduled s) {
        Poll p = polls.get(s.pollId());
        polls.put(s.pollId(), new Poll(s.pollId(), s.motionId(), s.type(), s.closesAt(),
                p == null ? List.of() : p.electorate(), p == null ? null : p.openedAt(), p == null ? Set.of() : p.answered()));
    }

    @Override
    public void opened(CommitteeFact.PollOpened o) {
        Poll p = polls.get(o.pollId());
        polls.put(o.pollId(), new Poll(o.pollId(), o.motionId(), p == null ? null : p.type(), p == null ? null : p.closesAt(),
                o.electorate(), o.opensAt(), p == null ? Set.of() : p.answered()));
    }

    @Override
    public void answered(CommitteeFact.Answered a) {
        Poll p = polls.getOrDefault(a.pollId(), new Poll(a.pollId(), null, null, null, List.of(), null, Set.of()));
        Set<String> answered = new HashSet<>(p.answered());
        answered.add(a.memberId());
        polls.put(a.pollId(), new Poll(p.pollId(), p.motionId(), p.type(), p.closesAt(), p.electorate(), p.openedAt(), answered));
    }

    @Override
    public Optional<Poll> poll(String pollId) {
        return Optional.ofNullable(polls.get(pollId));
    }
}
