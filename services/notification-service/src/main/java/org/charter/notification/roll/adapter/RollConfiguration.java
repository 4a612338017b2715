package org.charter.notification.roll.adapter;

import org.charter.notification.roll.Appointments;
import org.charter.notification.roll.Roll;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RollConfiguration {

    /** Each member's appointments, from the service's roll of membership's events (collection appointment_roll). */
    @Bean
    Roll appointmentRoll(org.charter.membershiproll.member.Roll members) {
        return memberId -> members.member(memberId).map(Appointments::of).orElseGet(() -> Appointments.none(memberId));
    }
}
