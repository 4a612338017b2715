package org.charter.election.ballot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.charter.platform.aggregate.ReadModel;

/** The turnout read model in memory, written after each register append as the service's is. */
public final class MemoryTurnout implements ReadModel<Voter>, Turnout {

    private final Map<String, List<String>> voters = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "turnout";
    }

    @Override
    public void update(Voter voter) {
        if (voter.hasVoted()) {
            List<String> list = voters.computeIfAbsent(voter.id().contestId(), c -> new ArrayList<>());
            synchronized (list) {
                if (!list.contains(voter.id().member())) {
                    list.add(voter.id().member());
                }
            }
        }
    }

    @Override
    public List<String> voted(String contestId) {
        return List.copyOf(voters.getOrDefault(contestId, List.of()));
    }
}
