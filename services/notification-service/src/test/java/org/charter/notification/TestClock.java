package org.charter.notification;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The service's one clock, shiftable by the ITs. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    ShiftableClock charterClock() {
        return new ShiftableClock();
    }
}
