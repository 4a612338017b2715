package org.charter.election.ballot;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * Puts a ballot into one free slot of the box exactly once, however many requests of the same
 * ballot (the same subject and {@code Idempotency-Key}) run at once, in one process or several,
 * and whichever of them crashed on the way (ADR 0067). The ballot's claims are numbered rounds:
 * round {@code r}'s claim names the slot the ballot is to fill, and the first claim filed for a
 * round is the one every request follows (the store refuses a second one under the same id). A
 * request fills the slot of the round; if another ballot took that slot first, every request of the
 * ballot sees that and moves to the next round. A filled slot is never freed, so the ballot can be
 * in at most one slot. No lock: a claim is a single insert, a fill a single-document update.
 */
public final class FillingSlots {

    static final int ROUNDS = 64;

    private final BallotBox box;
    private final BallotClaims claims;
    private final BallotSeal seal;
    private final SecureRandom random;

    public FillingSlots(BallotBox box, BallotClaims claims, BallotSeal seal, SecureRandom random) {
        this.box = box;
        this.claims = claims;
        this.seal = seal;
        this.random = random;
    }

    /** See {@link BallotBox#provide}. */
    public void provide(String contestId, int slots) {
        box.provide(contestId, slots);
    }

    /** Puts the ballot of the request by {@code subject} with {@code idempotencyKey} into the box, once. */
    public void put(SealedBallot ballot, String subject, String idempotencyKey) {
        String answerSlot = BallotSeal.slot(subject, idempotencyKey);
        for (int round = 0; round < ROUNDS; round++) {
            String claimId = BallotSeal.claimId(answerSlot, round);
            Optional<String> slot = claimed(claimId, subject, idempotencyKey);
            if (slot.isEmpty()) {
                if (round == 0 && box.holds(ballot)) {
                    return; // boxed before claims were kept (ADR 0065): its retry adds nothing
                }
                slot = Optional.of(claim(ballot.contestId(), claimId, subject, idempotencyKey));
            }
            if (box.fill(slot.get(), ballot)) {
                return;
            }
            // another ballot took the claimed slot first: every request of this ballot moves on to the next round
        }
        throw new IllegalStateException("could not claim a free ballot slot in " + ballot.contestId() + " in " + ROUNDS
                + " rounds; send the ballot again");
    }

    private Optional<String> claimed(String claimId, String subject, String key) {
        return claims.find(claimId).map(sealed -> seal.openClaim(sealed, claimId, subject, key));
    }

    /** Files this request's random choice of a free slot for the round, or follows the claim filed first. */
    private String claim(String contestId, String claimId, String subject, String key) {
        List<String> free = box.freeSlots(contestId);
        if (free.isEmpty()) {
            throw new IllegalStateException("no free ballot slot in " + contestId
                    + ": more ballots than members in its electorate");
        }
        String choice = free.get(random.nextInt(free.size()));
        if (claims.claim(claimId, seal.sealClaim(choice, claimId, subject, key))) {
            return choice;
        }
        return claimed(claimId, subject, key).orElseThrow(() -> new IllegalStateException("claim " + claimId
                + " was refused as taken but cannot be read"));
    }
}
