package org.charter.notification.roll.adapter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.notification.adapter.NotificationProperties;
import org.charter.notification.roll.People;
import org.charter.notification.roll.Appointments;
import org.charter.notification.roll.Roll;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RollConfiguration {

    /** Each member's appointments and standing, from the service's roll of membership's events (collection appointment_roll). */
    @Bean
    Roll appointmentRoll(org.charter.membershiproll.member.Roll members) {
        return new Roll() {
            @Override
            public Appointments appointmentsOf(String memberId) {
                return members.member(memberId).map(Appointments::of).orElseGet(() -> Appointments.none(memberId));
            }

            @Override
            public Optional<String> memberOfPerson(String personId, Instant at) {
                return members.memberOfPerson(personId, at).map(MemberRecord::id);
            }

            @Override
            public List<String> votingMembersAt(Instant at) {
                return members.votingMembersAt(at, at);
            }
        };
    }

    /** Secretaries and experts, who have no member record: charter.notification.people. */
    @Bean
    People people(NotificationProperties settings) {
        return new People(settings.people());
    }
}
