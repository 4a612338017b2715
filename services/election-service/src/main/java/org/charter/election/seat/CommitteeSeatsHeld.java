package org.charter.election.seat;

import java.time.Instant;
import org.charter.election.election.SeatsHeld;
import org.charter.election.position.Positions;

/** The seats a member will hold, read from the Executive Committee's stream (its seating and succession events). */
public final class CommitteeSeatsHeld implements SeatsHeld {

    private final ExecutiveCommittees committees;
    private final Positions positions;

    public CommitteeSeatsHeld(ExecutiveCommittees committees, Positions positions) {
        this.committees = committees;
        this.positions = positions;
    }

    @Override
    public long by(String memberId, Instant at) {
        ExecutiveCommittee committee = committees.find(ExecutiveCommittee.ID).orElseGet(ExecutiveCommittee::empty);
        return committee.seatsHeldOn(memberId, ExecutiveCommittee.localDate(at), positions);
    }
}
