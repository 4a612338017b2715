package org.charter.committee.meeting.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.charter.committee.committee.Rosters;
import org.charter.committee.meeting.HoldingMeetings;
import org.charter.committee.meeting.KeepingMinutes;
import org.charter.committee.meeting.Meetings;
import org.charter.committee.meeting.PollsInMeetings;
import org.charter.committee.meeting.SchedulingMeetings;
import org.charter.committee.motion.Motions;
import org.charter.committee.motion.PollTimekeeping;
import org.charter.committee.motion.PollsByMeeting;
import org.charter.committee.motion.SchedulingPolls;
import org.charter.platform.aggregate.EventStreams;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MeetingConfiguration {

    @Bean
    MeetingCalendar meetingCalendar(MongoDatabase database) {
        return new MeetingCalendar(database);
    }

    @Bean
    Meetings meetings(EventStreams streams, MeetingCalendar calendar) {
        return new Meetings(streams, List.of(calendar));
    }

    @Bean
    SchedulingMeetings schedulingMeetings(Meetings meetings, Rosters rosters, Clock clock) {
        return new SchedulingMeetings(meetings, rosters, clock);
    }

    @Bean
    HoldingMeetings holdingMeetings(Meetings meetings, Rosters rosters, Motions motions, Clock clock) {
        return new HoldingMeetings(meetings, rosters, motions, clock);
    }

    @Bean
    KeepingMinutes keepingMinutes(Meetings meetings, Clock clock) {
        return new KeepingMinutes(meetings, clock);
    }

    /** Polls held in a meeting: admitted by it before they are scheduled, closed by its adjournment. */
    @Bean
    PollsInMeetings pollsInMeetings(Meetings meetings, HoldingMeetings holding, Motions motions, SchedulingPolls scheduling,
                                    PollTimekeeping timekeeping, PollsByMeeting pollsByMeeting) {
        return new PollsInMeetings(meetings, holding, motions, scheduling, timekeeping, pollsByMeeting);
    }
}
