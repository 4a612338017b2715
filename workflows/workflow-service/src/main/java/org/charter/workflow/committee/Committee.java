package org.charter.workflow.committee;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.policyapproval.Revision;

/**
 * The committee service as the processes command it (DESIGN.md §10.1). Every command carries an
 * {@code Idempotency-Key}, so sending it again never acts twice. A refusal the committee keeps
 * (a 4xx with a DOMAIN.md §8 code) is a {@link org.charter.workflow.call.ServiceRefusal}; anything
 * else that stays wrong after the client's retries is a {@link org.charter.workflow.call.ServiceUnavailable}
 * (the job fails, then an incident).
 */
public interface Committee {

    /** Schedules (and, when {@code opensAt} has come, opens) the next poll on a motion. */
    OpenedPoll openPoll(PollRequest request, CommandSource source);

    /** Publishes a revised text version of a motion. */
    int revise(String motionId, Revision revision, CommandSource source);

    /** The members of a poll's electorate that have not answered yet (never how the others did). */
    List<String> notYetAnswered(String pollId, CommandSource source);

    /** Proposes a motion (e.g. a budget proposal's version put to the Governing Board); its id. */
    String proposeMotion(MotionProposal proposal, CommandSource source);

    /** The motion as the committee has it now; empty when the committee knows no such motion. */
    Optional<MotionStanding> motion(String motionId, CommandSource source);

    enum PollType { CONSENSUS_ROUND, FORMAL_VOTE }

    record PollRequest(String motionId, PollType type, Instant opensAt, Instant closesAt) {
    }

    record OpenedPoll(String pollId, String status) {
    }

    /**
     * Where a motion stands (the committee's {@code GET /api/v1/motions/{id}}).
     *
     * @param kind     e.g. {@code POLICY_ADOPTION}
     * @param status   {@code OPEN}, {@code POLLING}, {@code ADOPTED}, {@code REJECTED}, {@code LAPSED}, {@code WITHDRAWN}
     * @param nextStep {@code CONSENSUS_ROUND}, {@code REVISION}, {@code FORMAL_VOTE}, {@code AWAIT_POLL}, {@code NONE}
     * @param polls    how many polls the motion has had (any status)
     */
    record MotionStanding(String id, String kind, String status, String nextStep, int polls) {
    }

    /**
     * A motion to propose: {@code kind} as DOMAIN.md §3 names it, put to {@code committee}
     * ({@code GOVERNING_BOARD}), deciding {@code subject} (e.g. {@code {"budget":"FY2027-B1","version":2}}).
     */
    record MotionProposal(String title, String text, String kind, String committee, Map<String, Object> subject) {
    }
}
