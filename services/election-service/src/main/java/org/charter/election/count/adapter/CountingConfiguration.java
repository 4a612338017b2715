package org.charter.election.count.adapter;

import java.time.Clock;
import org.charter.election.ballot.BallotBox;
import org.charter.election.ballot.CastingBallots;
import org.charter.election.ballot.Turnout;
import org.charter.election.count.CountingContests;
import org.charter.election.election.Elections;
import org.charter.election.election.Eligibility;
import org.charter.election.position.Positions;
import org.charter.membershiproll.member.Roll;
import org.charter.election.election.SeedVault;
import org.charter.election.election.Timekeeping;
import org.charter.election.election.adapter.ElectionDirectory;
import org.charter.election.position.adapter.ElectionSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CountingConfiguration {

    @Bean
    CountingContests countingContests(Elections elections, BallotBox box, Turnout turnout, SeedVault seeds,
                                      CastingBallots casting, Roll roll, Positions positions, Clock clock) {
        return new CountingContests(elections, box, turnout, seeds, casting, new Eligibility(roll), positions, clock);
    }

    @Bean
    ContestClock contestClock(ElectionDirectory directory, Timekeeping timekeeping, CountingContests counting, Clock clock,
                              ElectionSettings settings) {
        return new ContestClock(directory::due, timekeeping, counting, clock, settings.getTick());
    }
}
