package org.charter.committee.motion.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.committee.Rosters;
import org.charter.committee.motion.Electorates;
import org.charter.membershiproll.member.Roll;
import org.charter.committee.motion.Motions;
import org.charter.committee.motion.OpenPolls;
import org.charter.committee.motion.PollTimekeeping;
import org.charter.committee.motion.ProposingMotions;
import org.charter.committee.motion.RevisingMotions;
import org.charter.committee.motion.SchedulingPolls;
import org.charter.committee.poll.BallotBox;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.eventstore.MongoEventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MotionConfiguration {

    @Bean
    MotionDirectory motionDirectory(MongoDatabase database) {
        return new MotionDirectory(database);
    }

    @Bean
    Motions motions(EventStreams streams, MotionDirectory directory) {
        return new Motions(streams, List.of(directory));
    }

    @Bean
    ProposingMotions proposingMotions(Motions motions, Roll roll, Clock clock) {
        return new ProposingMotions(motions, roll, clock);
    }

    @Bean
    RevisingMotions revisingMotions(Motions motions, Clock clock) {
        return new RevisingMotions(motions, clock);
    }

    /** The Governing Board's electorate from the roll, the Executive Committee's from its seats. */
    @Bean
    Electorates electorates(Rosters rosters) {
        return (committee, asOf, knownAt) -> rosters.votingMembersAt(CommitteeId.of(committee.id()), asOf, knownAt);
    }

    @Bean
    SchedulingPolls schedulingPolls(Motions motions, Electorates electorates, Clock clock) {
        return new SchedulingPolls(motions, electorates, clock);
    }

    /** {@code settle}: how long after a poll closes it is counted, so votes accepted just before the close land first. */
    @Bean
    PollTimekeeping pollTimekeeping(Motions motions, Roll roll, Electorates electorates, BallotBox ballots, Clock clock,
                                    @Value("${charter.committee.polls.settle:2s}") Duration settle) {
        return new PollTimekeeping(motions, roll, electorates, ballots, clock, settle);
    }

    /** The votes waiting at the same moment ask whether their motions moved on in one query (ADR 0060). */
    @Bean
    OpenPolls openPolls(MongoEventStore store, PollTimekeeping timekeeping, Clock clock) {
        return new OpenPolls(new GroupedMotionHeads(keys -> store.commits(keys).keySet(), 2), timekeeping, clock);
    }

    @Bean
    PollScheduler pollScheduler(MotionDirectory directory, PollTimekeeping timekeeping, Clock clock,
                                @Value("${charter.committee.polls.tick:1s}") Duration tick) {
        return new PollScheduler(directory, timekeeping, clock, tick);
    }
}
