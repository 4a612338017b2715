package org.charter.platform.webapp;

import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.test.TrustTestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The test application on a real port, trusting test tokens, on the shared in-process MongoDB
 * server. Every IT extends this, so they all share one Spring context.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.data.mongodb.database=platform-web-it"})
@WithCharterInfrastructure
@TrustTestTokens
@AutoConfigureObservability
abstract class PlatformApplicationIT {

    @LocalServerPort
    int port;

    @Autowired
    Calls calls;

    Http http;

    @BeforeEach
    void startRecording() {
        http = new Http(port);
        calls.clear();
    }
}
