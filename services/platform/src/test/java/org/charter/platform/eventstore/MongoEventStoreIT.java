package org.charter.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.EventsTestBed;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.sample.TicketClosed;
import org.charter.platform.sample.TicketCommented;
import org.charter.platform.sample.TicketOpened;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@WithCharterInfrastructure
class MongoEventStoreIT {

    private final EventsTestBed bed = new EventsTestBed();
    private final MongoEventStore store = bed.store();
    private final CommandContext alice = new CommandContext(new Actor("alice", "secretary", null), "corr-1", null);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void appended_events_load_back_in_order_with_their_envelope() {
        var opened = new TicketOpened("T-1", "Quorum", Instant.parse("2026-01-01T00:00:00Z"));
        var appended = (AppendResult.Appended) store.append("T-1", EventStore.NO_STREAM,
                List.of(opened, new TicketCommented("T-1", "first")), alice);
        store.append("T-1", 2, List.of(new TicketClosed("T-1", "done")), alice);

        List<RecordedEvent> loaded = store.load("T-1");

        assertThat(appended.version()).isEqualTo(2);
        assertThat(loaded).extracting(RecordedEvent::sequence).containsExactly(1L, 2L, 3L);
        assertThat(loaded.get(0)).isEqualTo(appended.events().get(0));
        assertThat(loaded.get(0).data()).isEqualTo(opened);
        assertThat(loaded.get(0).type()).isEqualTo("charter.sample.TicketOpened.v1");
        assertThat(loaded.get(2).correlationId()).isEqualTo("corr-1");
        assertThat(loaded.get(2).actor()).isEqualTo(alice.actor());
        assertThat(store.version("T-1")).isEqualTo(3);
        assertThat(store.load("T-1", 2)).extracting(RecordedEvent::sequence).containsExactly(3L);
        assertThat(store.load("nobody")).isEmpty();
    }

    @Test
    void an_append_at_a_stale_version_is_a_conflict_that_names_the_current_version() {
        store.append("T-1", 0, List.of(new TicketCommented("T-1", "a"), new TicketCommented("T-1", "b")), alice);

        AppendResult atZero = store.append("T-1", 0, List.of(new TicketCommented("T-1", "x")), alice);
        AppendResult insideACommit = store.append("T-1", 1, List.of(new TicketCommented("T-1", "y")), alice);
        AppendResult ahead = store.append("T-1", 7, List.of(new TicketCommented("T-1", "z")), alice);

        assertThat(atZero).isEqualTo(new AppendResult.Conflict("T-1", 0, 2));
        assertThat(insideACommit).isEqualTo(new AppendResult.Conflict("T-1", 1, 2));
        assertThat(ahead).isEqualTo(new AppendResult.Conflict("T-1", 7, 2));
        assertThat(store.load("T-1")).extracting(e -> ((TicketCommented) e.data()).text()).containsExactly("a", "b");
        assertThat(bed.counter("charter.events.append.conflicts")).isEqualTo(3);
    }

    @Test
    void two_concurrent_appends_at_the_same_expected_version_give_one_success_and_one_conflict() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 200; round++) {
                String stream = "race-" + round;
                long expected = round % 2 == 0 ? EventStore.NO_STREAM : seed(stream);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<AppendResult>> results = new ArrayList<>();
                for (String writer : List.of("left", "right")) {
                    results.add(pool.submit(() -> {
                        go.await();
                        return store.append(stream, expected,
                                List.of(new TicketCommented(stream, writer + "-1"), new TicketCommented(stream, writer + "-2")),
                                alice);
                    }));
                }
                go.countDown();
                AppendResult a = results.get(0).get();
                AppendResult b = results.get(1).get();

                assertThat(List.of(a, b)).filteredOn(r -> r instanceof AppendResult.Appended).hasSize(1);
                assertThat(List.of(a, b)).filteredOn(r -> r instanceof AppendResult.Conflict).singleElement()
                        .isEqualTo(new AppendResult.Conflict(stream, expected, expected + 2));
                String winner = a instanceof AppendResult.Appended ? "left" : "right";
                assertThat(store.load(stream, expected))
                        .extracting(e -> ((TicketCommented) e.data()).text())
                        .containsExactly(winner + "-1", winner + "-2");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_snapshot_plus_the_tail_is_the_whole_stream() {
        Snapshots snapshots = new Snapshots(bed.database);
        store.append("T-1", 0, List.of(new TicketCommented("T-1", "a"), new TicketCommented("T-1", "b")), alice);
        snapshots.save("T-1", 2, new Board(List.of("a", "b")));
        store.append("T-1", 2, List.of(new TicketCommented("T-1", "c")), alice);

        var snapshot = snapshots.load("T-1", Board.class).orElseThrow();
        List<String> comments = new ArrayList<>(snapshot.state().comments());
        store.load("T-1", snapshot.version()).forEach(e -> comments.add(((TicketCommented) e.data()).text()));

        assertThat(comments).containsExactly("a", "b", "c");
        snapshots.save("T-1", 1, new Board(List.of("stale")));
        assertThat(snapshots.load("T-1", Board.class).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void every_append_leaves_one_outbox_entry_per_commit() {
        store.append("T-1", 0, List.of(new TicketCommented("T-1", "a"), new TicketCommented("T-1", "b")), alice);
        store.append("T-1", 0, List.of(new TicketCommented("T-1", "lost")), alice);
        store.append("T-1", 2, List.of(new TicketCommented("T-1", "c")), alice);

        assertThat(bed.outbox.pending()).extracting(Outbox.Entry::key).containsExactly("T-1#1", "T-1#3");
    }

    record Board(List<String> comments) {
    }

    private long seed(String stream) {
        List<DomainEvent> first = List.of(new TicketOpened(stream, "t", Instant.EPOCH));
        return ((AppendResult.Appended) store.append(stream, EventStore.NO_STREAM, first, alice)).version();
    }
}
