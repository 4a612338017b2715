package org.charter.election.ballot;

import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/** The "has voted" register's one fact per member and contest. */
public sealed interface VoterEvent extends DomainEvent {

    /**
     * The member voted in the contest. Nothing of the ballot is here: {@code attempt} is a random
     * value that only the voter's own sealed answer repeats, so that a retry after a crash can tell
     * its own registration from another person's for the same member (ADR 0017).
     */
    @EventType(name = "MemberVoted", version = 1)
    record MemberVoted(String contestId, String memberId, String attempt) implements VoterEvent {
    }
}
