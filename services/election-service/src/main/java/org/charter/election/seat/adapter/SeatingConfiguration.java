package org.charter.election.seat.adapter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.charter.election.election.Election;
import org.charter.election.election.Elections;
import org.charter.election.election.SeatsHeld;
import org.charter.election.election.adapter.ElectionDirectory;
import org.charter.membershiproll.member.Roll;
import org.charter.election.position.Positions;
import org.charter.election.position.adapter.ElectionSettings;
import org.charter.election.seat.CommitteeSeatsHeld;
import org.charter.election.seat.ExecutiveCommittees;
import org.charter.election.seat.Seating;
import org.charter.platform.aggregate.EventStreams;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SeatingConfiguration {

    /** Elections older than this have no one left to seat: the longest term is two years. */
    private static final Duration LOOK_BACK = Duration.ofDays(2 * 366);

    @Bean
    ExecutiveCommittees executiveCommittees(EventStreams streams) {
        return new ExecutiveCommittees(streams);
    }

    @Bean
    SeatsHeld seatsHeld(ExecutiveCommittees committees, Positions positions) {
        return new CommitteeSeatsHeld(committees, positions);
    }

    @Bean
    Seating seating(ExecutiveCommittees committees, ElectionDirectory directory, Elections elections, Roll roll,
                    Positions positions, Clock clock) {
        return new Seating(committees, () -> recentElections(directory, elections, clock), roll, positions, clock);
    }

    @Bean
    SeatingClock seatingClock(Seating seating, ElectionSettings settings) {
        return new SeatingClock(seating, settings.getTick());
    }

    private static List<Election> recentElections(ElectionDirectory directory, Elections elections, Clock clock) {
        return directory.termStartingSince(clock.instant().minus(LOOK_BACK)).stream().map(elections::find)
                .flatMap(Optional::stream).toList();
    }
}
