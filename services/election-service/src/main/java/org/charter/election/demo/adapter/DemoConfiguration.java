package org.charter.election.demo.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.charter.election.ballot.CastingBallots;
import org.charter.election.count.CountingContests;
import org.charter.election.demo.ElectionDemo;
import org.charter.election.election.CallingElections;
import org.charter.election.election.Elections;
import org.charter.election.election.Nominating;
import org.charter.election.election.Slating;
import org.charter.election.election.Timekeeping;
import org.charter.membershiproll.member.Roll;
import org.charter.platform.demo.DemoLoads;
import org.charter.platform.mongo.MongoDemoLoads;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Only where {@code charter.demo.enabled=true} (the devstack): the demo consortium's election,
 * loaded in the background once membership's demo has reached the roll, and only once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "charter.demo.enabled", havingValue = "true")
class DemoConfiguration {

    @Bean
    DemoLoads electionDemoLoads(MongoDatabase database) {
        return new MongoDemoLoads(database);
    }

    @Bean
    ElectionDemo electionDemo(DemoLoads loads, Roll roll, CallingElections calling, Nominating nominating, Slating slating,
                              Timekeeping timekeeping, CastingBallots casting, CountingContests counting,
                              Elections elections, Clock clock) {
        return new ElectionDemo(loads, roll, ElectionDemo.CONSORTIUM_VOTERS, calling, nominating, slating, timekeeping,
                casting, counting, elections, clock, at -> {
                    while (clock.instant().isBefore(at)) {
                        Thread.sleep(Math.max(10, Math.min(1000, java.time.Duration.between(clock.instant(), at).toMillis())));
                    }
                });
    }

    @Bean
    DemoLoader electionDemoLoader(ElectionDemo demo) {
        return new DemoLoader(demo);
    }
}
