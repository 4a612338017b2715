package org.charter.election.election.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.charter.election.election.CallingElections;
import org.charter.election.election.Elections;
import org.charter.election.election.Nominating;
import org.charter.election.election.SeatsHeld;
import org.charter.election.election.SeedVault;
import org.charter.election.election.Slating;
import org.charter.election.election.Timekeeping;
import org.charter.membershiproll.member.Roll;
import org.charter.election.position.Positions;
import org.charter.election.position.adapter.ElectionSettings;
import org.charter.platform.aggregate.EventStreams;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ElectionConfiguration {

    @Bean
    ElectionDirectory electionDirectory(MongoDatabase database) {
        return new ElectionDirectory(database);
    }

    @Bean
    Elections elections(EventStreams streams, ElectionDirectory directory) {
        return new Elections(streams, List.of(directory));
    }

    @Bean
    SeedVault seedVault(MongoDatabase database) {
        return new MongoSeedVault(database);
    }

    @Bean
    CallingElections callingElections(Elections elections, Positions positions, ElectionSettings settings, Clock clock) {
        return new CallingElections(elections, positions, settings.defaultPeriods(), settings.getSingleSeatMethod(), clock);
    }

    @Bean
    Nominating nominating(Elections elections, Roll roll, Positions positions, SeatsHeld seatsHeld, Clock clock) {
        return new Nominating(elections, roll, positions, seatsHeld, clock);
    }

    @Bean
    Slating slating(Elections elections, SeedVault seeds, Clock clock) {
        return new Slating(elections, seeds, clock);
    }

    @Bean
    Timekeeping timekeeping(Elections elections, Roll roll, Clock clock) {
        return new Timekeeping(elections, roll, clock);
    }
}
