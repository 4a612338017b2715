package org.charter.workflow.committee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.call.ServiceUnavailable;
import org.charter.workflow.policyapproval.Revision;

/**
 * The committee service as the process tests need it: it honours {@code Idempotency-Key} as the
 * real one does (the same key answers the first answer again and acts once), numbers the polls of
 * a motion (a key sent again with another poll is refused, 422 {@code IDEMPOTENCY_KEY_REUSED}, as the
 * platform's filter does), proposes motions ({@code m-1}, {@code m-2}, ...), and can be made unreachable or to
 * refuse a revision.
 */
public final class FakeCommittee implements Committee {

    public record Command(String what, String key, Object request) {
    }

    public final List<Command> acted = new ArrayList<>();
    public final Map<String, Object> answers = new LinkedHashMap<>();
    public List<String> notYet = List.of("CA", "WA");
    public boolean unreachable;
    public ServiceRefusal refuseRevision;
    /** Refuses every poll while set (e.g. 409 NO_ELECTORATE: no Executive Committee seat held). */
    public ServiceRefusal refusePolls;
    private int motions;
    private final Map<String, Integer> polls = new LinkedHashMap<>();
    private final Map<String, Object> refusedPolls = new LinkedHashMap<>();
    private int textVersion = 1;

    @Override
    public synchronized OpenedPoll openPoll(PollRequest request, CommandSource source) {
        reachable();
        Object first = refusedPolls.containsKey(source.idempotencyKey()) ? refusedPolls.get(source.idempotencyKey())
                : acted.stream().filter(command -> command.key().equals(source.idempotencyKey())).map(Command::request)
                        .findFirst().orElse(null);
        if (first != null && !first.equals(request)) {
            throw new ServiceRefusal("committee", 422, "IDEMPOTENCY_KEY_REUSED",
                    "Idempotency-Key " + source.idempotencyKey() + " was used with another body");
        }
        if (refusePolls != null) {
            refusedPolls.putIfAbsent(source.idempotencyKey(), request); // the platform keeps a refusal's answer too
            throw refusePolls;
        }
        return (OpenedPoll) answers.computeIfAbsent(source.idempotencyKey(), key -> {
            acted.add(new Command("poll " + request.type(), key, request));
            return new OpenedPoll(request.motionId() + "-" + polls.merge(request.motionId(), 1, Integer::sum), "OPEN");
        });
    }

    @Override
    public synchronized int revise(String motionId, Revision revision, CommandSource source) {
        reachable();
        if (refuseRevision != null) {
            ServiceRefusal refusal = refuseRevision;
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

    @Override
    public synchronized String proposeMotion(MotionProposal proposal, CommandSource source) {
        reachable();
        return (String) answers.computeIfAbsent(source.idempotencyKey(), key -> {
            acted.add(new Command("motion " + proposal.kind(), key, proposal));
            return "m-" + ++motions;
        });
    }

    public List<String> keys() {
        return acted.stream().map(Command::key).toList();
    }

    private void reachable() {
        if (unreachable) {
            throw new ServiceUnavailable("committee", "connection refused", new java.net.ConnectException("refused"));
        }
    }
}
