package org.charter.committee.vote.adapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.charter.committee.poll.Poll;
import org.charter.committee.vote.VoteId;
import org.charter.platform.eventstore.Commit;
import org.charter.platform.eventstore.MongoEventStore;

/**
 * The running count of a poll, read from the votes themselves: a member has answered when its
 * vote stream ({@code vote:<poll>:<member>}) has its first commit. One query on the commits' unique
 * keys for the frozen electorate (a few dozen members), and no write of its own per vote: the
 * vote's append is the turnout, so it shows a vote as soon as its {@code 201} is sent, and there is
 * nothing to rebuild after a crash. It says who answered, never how.
 */
public class Turnout {

    private final MongoEventStore store;

    public Turnout(MongoEventStore store) {
        this.store = store;
    }

    /** The members of the poll's electorate that have answered it; none before it opened. */
    public List<String> voters(Poll poll) {
        if (poll.electorate() == null) {
            return List.of();
        }
        Map<String, String> memberByFirstCommit = new LinkedHashMap<>();
        for (String member : poll.electorate().members()) {
            memberByFirstCommit.put(Commit.key(new VoteId(poll.id(), member).streamId(), 1), member);
        }
        Set<String> answered = store.commits(memberByFirstCommit.keySet()).keySet();
        List<String> voters = new ArrayList<>();
        memberByFirstCommit.forEach((key, member) -> {
            if (answered.contains(key)) {
                voters.add(member);
            }
        });
        return voters;
    }
}
