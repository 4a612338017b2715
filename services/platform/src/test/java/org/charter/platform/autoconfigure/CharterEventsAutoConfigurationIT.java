package org.charter.platform.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.EventTypes;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;
import org.charter.platform.sample.SampleApplication;
import org.charter.platform.sample.TicketCommented;
import org.charter.platform.sample.TicketOpened;
import org.charter.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@WithCharterInfrastructure
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CharterEventsAutoConfigurationIT {

    private static final String CONTEXT = "app" + Long.toString(System.nanoTime() % 1_000_000, 36);

    @DynamicPropertySource
    static void service(DynamicPropertyRegistry registry) {
        registry.add("charter.service.context", () -> CONTEXT);
        registry.add("spring.data.mongodb.database", () -> "it-" + CONTEXT);
        registry.add("charter.relay.poll-interval", () -> "20ms");
    }

    @Autowired
    EventTypes types;
    @Autowired
    EventStore store;
    @Autowired
    MongoDatabase database;
    @Autowired
    MeterRegistry meters;

    @Test
    void a_service_with_a_context_name_gets_its_registry_store_relay_and_subscriptions() throws Exception {
        assertThat(types.types()).containsExactlyInAnyOrder("charter.sample.TicketOpened.v1",
                "charter.sample.TicketCommented.v1", "charter.sample.TicketClosed.v1");
        assertThat(database.getName()).isEqualTo("it-" + CONTEXT);

        var context = new CommandContext(new Actor("sam", "secretary", null), "corr-app", null);
        var appended = (AppendResult.Appended) store.append("T-9", EventStore.NO_STREAM,
                List.of(new TicketOpened("T-9", "Budget", Instant.parse("2026-05-01T12:00:00Z")),
                        new TicketCommented("T-9", "looks fine")), context);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (SampleApplication.SEEN.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(SampleApplication.SEEN).extracting(SampleApplication.Seen::event)
                .containsExactlyElementsOf(appended.events());
        assertThat(SampleApplication.SEEN).extracting(SampleApplication.Seen::mdcCorrelationId)
                .containsOnly("corr-app");
        SampleApplication.SEEN.forEach(s -> EventSchemas.at(Path.of("src/test/resources/events")).validate(s.event()));
        assertThat(meters.get("charter.events.appended").counter().count()).isEqualTo(2);
        assertThat(meters.get("charter.consumer.applied").tag("group", "sample-watcher").counter().count()).isEqualTo(2);
        assertThat(meters.get("charter.relay.pending").gauge().value()).isZero();
    }
}
