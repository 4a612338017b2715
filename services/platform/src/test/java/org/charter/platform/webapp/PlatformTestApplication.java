package org.charter.platform.webapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A tiny service that uses nothing but the platform, for the platform's web integration tests. */
@SpringBootApplication
public class PlatformTestApplication {

    @Bean
    TestClock clock() {
        return new TestClock();
    }
}
