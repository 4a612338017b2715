package org.charter.committee.demo.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import org.charter.platform.mongo.MongoDemoLoads;
import org.charter.platform.demo.DemoLoads;
import org.charter.committee.committee.AppointingCommitteeMembers;
import org.charter.committee.demo.ExecutiveCommitteeDemo;
import org.charter.committee.demo.GoverningBoardDemo;
import org.charter.committee.meeting.HoldingMeetings;
import org.charter.committee.meeting.KeepingMinutes;
import org.charter.committee.meeting.PollsInMeetings;
import org.charter.committee.meeting.SchedulingMeetings;
import org.charter.membershiproll.member.Roll;
import org.charter.committee.motion.PollTimekeeping;
import org.charter.committee.motion.ProposingMotions;
import org.charter.committee.motion.RevisingMotions;
import org.charter.committee.motion.SchedulingPolls;
import org.charter.committee.vote.CastingVotes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

    @Bean
    DemoLoads demoLoads(MongoDatabase database) {
        return new MongoDemoLoads(database);
    }

    @Bean
    GoverningBoardDemo governingBoardDemo(Roll roll, DemoLoads loads, ProposingMotions proposing, RevisingMotions revising,
                                          SchedulingPolls polls, PollTimekeeping timekeeping, CastingVotes casting,
                                          SchedulingMeetings meetings, HoldingMeetings holding, PollsInMeetings adjourning,
                                          KeepingMinutes minutes, Clock clock) {
        return new GoverningBoardDemo(roll, loads, proposing, revising, polls, timekeeping, casting, meetings, holding, adjourning,
                minutes, clock);
    }

    @Bean
    ExecutiveCommitteeDemo executiveCommitteeDemo(DemoLoads loads, AppointingCommitteeMembers appointing, Clock clock) {
        return new ExecutiveCommitteeDemo(loads, appointing, clock);
    }

    /** Only where {@code charter.demo.enabled=true} (the devstack): loads the demos once the roll has the Board. */
    @Bean
    @ConditionalOnProperty(name = "charter.demo.enabled", havingValue = "true")
    DemoLoader demoLoader(GoverningBoardDemo demo, ExecutiveCommitteeDemo executiveCommittee,
                          @Value("${charter.demo.board-wait:PT10M}") Duration wait) {
        return new DemoLoader(demo, executiveCommittee, wait);
    }
}
