package org.charter.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.EventsTestBed;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.relay.RelaySettings;
import org.charter.platform.sample.TicketClosed;
import org.charter.platform.sample.TicketCommented;
import org.charter.platform.sample.TicketOpened;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@WithCharterInfrastructure
class ProjectionRebuildIT {

    private final EventsTestBed bed = new EventsTestBed();
    private final MongoEventStore store = bed.store();
    private final TicketBoard board = new TicketBoard(bed.database);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void a_rebuilt_read_model_equals_the_one_fed_live_and_redelivery_changes_neither() throws Exception {
        List<RecordedEvent> appended = new ArrayList<>();
        for (int t = 0; t < 30; t++) {
            String id = "T-" + t;
            List<DomainEvent> events = new ArrayList<>(List.of(new TicketOpened(id, "ticket " + t, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(t))));
            for (int c = 0; c < t % 4; c++) {
                events.add(new TicketCommented(id, "comment " + c));
            }
            appended.addAll(((AppendResult.Appended) store.append(id, 0, events, CommandContext.system())).events());
            if (t % 3 == 0) {
                appended.addAll(((AppendResult.Appended) store.append(id, events.size(),
                        List.of(new TicketClosed(id, "done")), CommandContext.system())).events());
            }
        }
        bed.relay(store, bed.producers(), new RelaySettings(Duration.ofMillis(20), 500, Duration.ofSeconds(30))).start();
        bed.consume(EventSubscription.forProjection("board-" + bed.context, board, bed.topic));
        awaitApplied(appended.size());
        List<Document> live = board.all();

        appended.forEach(board::apply); // a crash between applying and recording: every event again
        List<Document> afterRedelivery = board.all();
        long replayed = new ProjectionRebuilder(store, bed.json).rebuild(board);
        List<Document> rebuilt = board.all();

        assertThat(live).hasSize(30);
        assertThat(live.get(0)).containsEntry("_id", "T-0").containsEntry("status", "closed").containsEntry("version", 1L + 1);
        assertThat(live.stream().filter(d -> d.getString("_id").equals("T-7")).findFirst().orElseThrow())
                .containsEntry("comments", 3).containsEntry("status", "open").containsEntry("version", 4L);
        assertThat(afterRedelivery).isEqualTo(live);
        assertThat(replayed).isEqualTo(appended.size());
        assertThat(rebuilt).isEqualTo(live);
    }

    private void awaitApplied(int events) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (bed.counter("charter.consumer.applied") < events && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(bed.counter("charter.consumer.applied")).isEqualTo(events);
    }
}
