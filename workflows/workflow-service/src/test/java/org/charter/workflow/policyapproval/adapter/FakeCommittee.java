package org.charter.workflow.policyapproval.adapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.committee.CommitteeRefusal;
import org.charter.workflow.committee.CommitteeUnavailable;
import org.charter.workflow.policyapproval.Revision;

/**
 * The committee service as the process tests need it: it honours {@code Idempotency-Key} as the
 * real one does (the same key answers the first answer again and acts once), numbers the polls of
 * a motion, and can be made unreachable or to refuse a revision.
 */
final class FakeCommittee implements Committee {

    record Command(String what, String key, Object request) {
    }

    final List<Command> acted = new ArrayList<>();
    final Map<String, Object> answers = new LinkedHashMap<>();
    List<String> notYet = List.of("CA", "WA");
    boolean unreachable;
    CommitteeRefusal refuseRevision;
    private final Map<String, Integer> polls = new LinkedHashMap<>();
    private int textVersion = 1;

    @Override
    public synchronized OpenedPoll openPoll(PollRequest request, CommandSource source) {
        reachable();
        return (OpenedPoll) answers.computeIfAbsent(source.idempotencyKey(), key -> {
            acted.add(new Command("poll " + request.type(), key, request));
            return new OpenedPoll(request.motionId() + "-" + polls.merge(request.motionId(), 1, Integer::sum), "OPEN");
        });
    }

    @Override
    public synchronized int revise(String motionId, Revision revision, CommandSource source) {
        reachable();
        if (refuseRevision != null) {
            CommitteeRefusal refusal = refuseRevision;
            refuseRevision = null;
            throw refusal;
        }
        return (Integer) answers.computeIfAbsent(source.idempotencyKey(), key -> {
            acted.add(new Command("revision", key, revision));
            return ++textVersion;
        });
    }

    @Override
    public List<String> notYetAnswered(String pollId, CommandSource source) {
        reachable();
        return notYet;
    }

    /** Every motion is an open policy before its first round: the process tests start the process directly. */
    @Override
    public Optional<MotionStanding> motion(String motionId, CommandSource source) {
        reachable();
        return Optional.of(new MotionStanding(motionId, "POLICY_ADOPTION", "OPEN", "CONSENSUS_ROUND", 0));
    }

    List<String> keys() {
        return acted.stream().map(Command::key).toList();
    }

    private void reachable() {
        if (unreachable) {
            throw new CommitteeUnavailable("connection refused", new java.net.ConnectException("refused"));
        }
    }
}
