package org.charter.gateway.route;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on a real port in front of a real HTTP server (membership) and of a port nothing
 * listens on (committee). Every IT of the gateway's routes and edges extends it, so they share
 * one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
abstract class GatewayInFrontOfServices {

    /** One for every IT class sharing the context (the context outlives each class): stopped with the JVM. */
    static final DownstreamServer membership = DownstreamServer.forTheWholeRun();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("charter.services.membership.url", membership::url);
        registry.add("charter.services.committee.url", DownstreamServer::urlOfAServiceThatIsDown);
        // the web app's pages: the same recording server stands in for it
        registry.add("charter.services.web.url", membership::url);
        // long enough for a first request on a busy machine, short enough for the test
        registry.add("charter.gateway.downstream-timeout", () -> "10s");
    }

    @BeforeEach
    void clearRecordedRequests() {
        membership.forgetRequests();
    }
}
