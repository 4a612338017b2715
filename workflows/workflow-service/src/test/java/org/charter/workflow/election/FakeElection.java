package org.charter.workflow.election;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.call.ServiceRefusal;

/**
 * The election service as the process tests need it: it honours {@code Idempotency-Key} as the
 * real one does (the same key answers the first answer again and acts once), calls elections
 * with the calendar the real one computes, refuses to call an election it has (409
 * {@code ELECTION_ALREADY_EXISTS}, as the real one) and shows it ({@link #find}), its contests
 * {@code NOMINATING} until a test moves them, and refuses what a test queues for a command.
 */
public final class FakeElection implements Election {

    public record Command(String what, String key, String initiator) {
    }

    public final List<Command> acted = new ArrayList<>();
    /** Refusals to answer next, by command: {@code call}, {@code slate}, {@code contest-slate}, {@code closure}, {@code certification}. */
    public final Map<String, Deque<ServiceRefusal>> refusals = new LinkedHashMap<>();
    private final Map<String, Object> answers = new LinkedHashMap<>();
    private final Map<String, CalledElection> elections = new LinkedHashMap<>();
    private final Map<String, String> contestStatuses = new LinkedHashMap<>();
    /** Run while a call is being answered (the service slow to answer), before anything is decided. */
    public volatile Runnable whileCalling = () -> { };
    /** Run while a certification is being answered, before anything is decided. */
    public volatile Runnable whileCertifying = () -> { };

    public void refuseNext(String command, ServiceRefusal refusal) {
        refusals.computeIfAbsent(command, c -> new ArrayDeque<>()).add(refusal);
    }

    @Override
    public synchronized CalledElection call(ElectionCall call, CommandSource source) {
        whileCalling.run();
        refuseIfQueued("call");
        if (answers.containsKey(source.idempotencyKey())) {
            return (CalledElection) answers.get(source.idempotencyKey());
        }
        String id = "EC-FY" + call.fiscalYear() + (call.suffix() == null ? "" : "-" + call.suffix());
        if (elections.containsKey(id)) {
            acted.add(new Command("call refused", source.idempotencyKey(), source.initiator()));
            throw new ServiceRefusal("election", 409, "ELECTION_ALREADY_EXISTS", "an election " + id + " exists already");
        }
        acted.add(new Command("call", source.idempotencyKey(), source.initiator()));
        var t = call.ballotOpensAt();
        List<String> contests = call.contests().isEmpty() ? List.of(id + ".CHAIR_ELECT", id + ".AT_LARGE_K12")
                : call.contests().stream().map(c -> id + "." + c.position()).toList();
        var called = new CalledElection(id, t.plus(Duration.ofDays(60)), t.minus(call.periods().get("slate")), t,
                t.plus(call.periods().get("ballot")), contests);
        answers.put(source.idempotencyKey(), called);
        elections.put(id, called);
        contests.forEach(contest -> contestStatuses.put(contest, "NOMINATING"));
        return called;
    }

    @Override
    public synchronized Optional<ElectionStanding> find(String electionId, CommandSource source) {
        var called = elections.get(electionId);
        if (called == null) {
            return Optional.empty();
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        called.contests().forEach(contest -> statuses.put(contest, contestStatuses.get(contest)));
        return Optional.of(new ElectionStanding(called, statuses));
    }

    /** The service moved a contest on by itself or by the secretary's hand (e.g. {@code SLATED}). */
    public synchronized void contestIs(String contestId, String status) {
        contestStatuses.put(contestId, status);
    }

    @Override
    public synchronized void slate(String electionId, CommandSource source) {
        act("slate", source);
    }

    @Override
    public synchronized void slateContest(String contestId, CommandSource source) {
        act("contest-slate", source);
    }

    @Override
    public synchronized void close(String contestId, CommandSource source) {
        act("closure", source);
    }

    @Override
    public synchronized CertifiedContest certify(String contestId, CommandSource source) {
        whileCertifying.run();
        act("certification", source);
        return new CertifiedContest(contestId, 1);
    }

    public List<String> keys() {
        return acted.stream().map(Command::key).toList();
    }

    public List<String> commands() {
        return acted.stream().map(Command::what).toList();
    }

    private void act(String what, CommandSource source) {
        if (answers.containsKey(source.idempotencyKey())) {
            return;
        }
        var queued = refusals.get(what);
        if (queued != null && !queued.isEmpty()) {
            acted.add(new Command(what + " refused", source.idempotencyKey(), source.initiator()));
            throw queued.poll();
        }
        answers.put(source.idempotencyKey(), what);
        acted.add(new Command(what, source.idempotencyKey(), source.initiator()));
    }

    private void refuseIfQueued(String what) {
        var queued = refusals.get(what);
        if (queued != null && !queued.isEmpty()) {
            throw queued.poll();
        }
    }
}
