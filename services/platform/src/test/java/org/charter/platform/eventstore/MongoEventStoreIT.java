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
        assertThat(store.load("T-1", 1)).extracting(RecordedEvent::sequence).containsExactly(2L, 3L);
        assertThat(store.load("T-1", 3)).isEmpty();
        assertThat(store.load("nobody")).isEmpty();
    }

    @Test
    void a_stream_loaded_before_is_read_again_with_what_another_process_appended_since() {
        MongoEventStore otherProcess = bed.store();
        store.append("T-1", EventStore.NO_STREAM, List.of(new TicketCommented("T-1", "a")), alice);
        assertThat(store.load("T-1")).hasSize(1);

        otherProcess.append("T-1", 1, List.of(new TicketCommented("T-1", "b"), new TicketCommented("T-1", "c")), alice);

        assertThat(store.load("T-1")).extracting(e -> ((TicketCommented) e.data()).text()).containsExactly("a", "b", "c");
        assertThat(store.load("T-1", 1)).extracting(RecordedEvent::sequence).containsExactly(2L, 3L);
        assertThat(store.load("T-1", 2)).extracting(RecordedEvent::sequence).containsExactly(3L);
        assertThat(store.version("T-1")).isEqualTo(3);
        otherProcess.append("T-1", 3, List.of(new TicketClosed("T-1", "done")), alice);
        assertThat(store.version("T-1")).isEqualTo(4);
        assertThat(store.load("T-1")).extracting(RecordedEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void an_append_at_a_stale_version_is_a_conflict_that_names_the_current_version() {
        store.append("T-1", 0, List.of(new TicketCommented("T-1", "a"), new TicketCommented("T-1", "b")), alice);

        AppendResult atZero = store.append("T-1", 0, List.of(new TicketCommented("T-1", "x")), alice);
        AppendResult insideACommit = store.append("T-1", 1, List.of(new TicketCommented("T-1", "y")), alice);
        AppendResult ahead = store.append("T-1", 7, List.of(new TicketCommented("T-1", "z")), alice);

        assertThat(atZero).isEqualTo(new AppendResult.VersionConflict("T-1", 0, 2));
        assertThat(insideACommit).isEqualTo(new AppendResult.VersionConflict("T-1", 1, 2));
        assertThat(ahead).isEqualTo(new AppendResult.VersionConflict("T-1", 7, 2));
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
                assertThat(List.of(a, b)).filteredOn(r -> r instanceof AppendResult.VersionConflict).singleElement()
                        .isEqualTo(new AppendResult.VersionConflict(stream, expected, expected + 2));
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
    void an_event_too_large_for_kafka_is_refused_before_anything_is_stored() {
        MongoEventStore small = new MongoEventStore(bed.database, bed.outbox, bed.json, java.time.Clock.systemUTC(),
                java.time.Duration.ofSeconds(30), 10_000, bed.meters);
        String text = "é".repeat(6_000); // 12,000 bytes in UTF-8

        var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> small.append("T-big", 0, List.of(new TicketCommented("T-big", text)), alice),
                org.charter.platform.error.RuleViolation.class);

        assertThat(refusal.code()).isEqualTo("EVENT_TOO_LARGE");
        assertThat(refusal.getMessage()).contains("charter.sample.TicketCommented.v1").contains("10000 bytes");
        assertThat(small.load("T-big")).isEmpty();
        assertThat(bed.outbox.pending()).isEmpty();
        assertThat(small.append("T-big", 0, List.of(new TicketCommented("T-big", "é".repeat(3_000))), alice))
                .isInstanceOf(AppendResult.Appended.class);
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

    @Test
    void concurrent_appends_are_written_in_groups_and_each_race_is_decided_on_its_own() throws Exception {
        int streams = 64;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<AppendResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < streams * 2; i++) {
                String stream = "group-" + (i % streams);
                String writer = i < streams ? "first" : "second";
                results.add(pool.submit(() -> {
                    go.await();
                    return store.append(stream, EventStore.NO_STREAM, List.of(new TicketCommented(stream, writer)), alice);
                }));
            }
            go.countDown();
            List<AppendResult> outcomes = new ArrayList<>();
            for (Future<AppendResult> r : results) {
                outcomes.add(r.get());
            }

            assertThat(outcomes).filteredOn(r -> r instanceof AppendResult.Appended).hasSize(streams);
            assertThat(outcomes).filteredOn(r -> r instanceof AppendResult.VersionConflict).hasSize(streams)
                    .allSatisfy(c -> assertThat(((AppendResult.VersionConflict) c).actualVersion()).isEqualTo(1));
            for (int i = 0; i < streams; i++) {
                assertThat(store.load("group-" + i)).hasSize(1);
            }
            assertThat(bed.outbox.pending()).extracting(Outbox.Entry::key).hasSize(streams).doesNotHaveDuplicates();
            var groups = bed.meters.get("charter.events.append.group").summary();
            assertThat(groups.totalAmount()).isEqualTo(streams * 2);
            assertThat(groups.count()).as("requests for %d appends", streams * 2).isLessThan(streams * 2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_group_that_cannot_be_written_fails_each_of_its_appends_and_writes_none_of_them() {
        MongoEventStore failing = new MongoEventStore(bed.database, bed.outbox, bed.json, java.time.Clock.systemUTC(),
                java.time.Duration.ofSeconds(30), bed.meters) {
            @Override
            protected void insert(List<org.bson.Document> commits) {
                throw new com.mongodb.MongoSocketWriteException("connection lost",
                        new com.mongodb.ServerAddress(), new java.io.IOException("reset"));
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        failing.append("T-9", 0, List.of(new TicketCommented("T-9", "x")), alice))
                .isInstanceOf(com.mongodb.MongoSocketWriteException.class);
        assertThat(store.load("T-9")).isEmpty();
    }

    @Test
    void a_commit_named_by_two_outbox_documents_is_one_pending_entry_until_it_is_published() {
        store.append("T-1", 0, List.of(new TicketCommented("T-1", "a")), alice);
        store.append("T-2", 0, List.of(new TicketCommented("T-2", "b")), alice);
        Commit t1 = store.commit("T-1", 1).orElseThrow();
        bed.outbox.expect(List.of(t1), Instant.now()); // as a slow append re-arms its entry

        Outbox.Pending read = bed.outbox.read();
        assertThat(read.entries()).extracting(Outbox.Entry::key).containsExactly("T-1#1", "T-2#1");

        bed.outbox.remove(read, List.of("T-1#1"));
        assertThat(bed.outbox.pending()).extracting(Outbox.Entry::key).containsExactly("T-2#1");
        bed.outbox.remove(bed.outbox.read(), List.of("T-2#1"));
        assertThat(bed.outbox.pending()).isEmpty();
        assertThat(bed.outbox.size()).isZero();
    }

    @Test
    void an_outbox_document_partly_published_keeps_the_keys_still_pending() {
        Commit a = commitOf("P-1");
        Commit b = commitOf("P-2");
        bed.outbox.expect(List.of(a, b));

        bed.outbox.remove(bed.outbox.read(), List.of(a.key()));

        assertThat(bed.outbox.pending()).extracting(Outbox.Entry::key).containsExactly(b.key());
        assertThat(bed.outbox.size()).isEqualTo(1);
    }

    @Test
    void a_page_of_the_outbox_holds_the_oldest_entries_every_earlier_entry_of_their_streams_and_the_parked() {
        bed.outbox.expect(List.of(commitOf("S-4", 1)));
        Outbox.Entry poison = bed.outbox.read().entries().get(0);
        bed.outbox.park(poison, "too large", Instant.now());
        bed.outbox.remove(bed.outbox.read(), List.of(poison.key())); // as the relay does once it parked it
        bed.outbox.expect(List.of(commitOf("S-4", 2))); // waits behind the parked one: fills no page
        bed.outbox.expect(List.of(commitOf("S-1", 5)));
        bed.outbox.expect(List.of(commitOf("S-2", 1)));
        bed.outbox.expect(List.of(commitOf("S-3", 1)));
        bed.outbox.expect(List.of(commitOf("S-1", 3))); // earlier in its stream, later in the outbox (a re-armed entry)
        bed.outbox.expect(List.of(commitOf("S-1", 9)));

        Outbox.Pending page = bed.outbox.read(2);

        assertThat(page.complete()).isFalse();
        assertThat(page.documentsBeyond()).isPositive();
        assertThat(page.entries()).extracting(Outbox.Entry::key).containsExactly("S-1#3", "S-1#5", "S-2#1", "S-4#1");
        assertThat(page.entries().get(3).isParked()).isTrue();

        bed.outbox.remove(page, List.of("S-1#3", "S-1#5", "S-2#1"));
        Outbox.Pending rest = bed.outbox.read(2);
        assertThat(rest.complete()).isTrue();
        assertThat(rest.entries()).extracting(Outbox.Entry::key).containsExactly("S-1#9", "S-3#1", "S-4#1");
        assertThat(bed.outbox.pending()).extracting(Outbox.Entry::key)
                .containsExactly("S-1#9", "S-3#1", "S-4#1", "S-4#2");
    }

    private Commit commitOf(String stream, long sequence) {
        return new Commit(stream, sequence, sequence, Instant.parse("2026-01-01T00:00:00Z"), "corr", null,
                alice.actor(), List.of(new Commit.StoredEvent(java.util.UUID.randomUUID(),
                "charter.sample.TicketCommented.v1", sequence, "{}")));
    }

    private Commit commitOf(String stream) {
        return new Commit(stream, 1, 1, Instant.parse("2026-01-01T00:00:00Z"), "corr", null, alice.actor(),
                List.of(new Commit.StoredEvent(java.util.UUID.randomUUID(), "charter.sample.TicketCommented.v1", 1, "{}")));
    }

    record Board(List<String> comments) {
    }

    private long seed(String stream) {
        List<DomainEvent> first = List.of(new TicketOpened(stream, "t", Instant.EPOCH));
        return ((AppendResult.Appended) store.append(stream, EventStore.NO_STREAM, first, alice)).version();
    }
}
