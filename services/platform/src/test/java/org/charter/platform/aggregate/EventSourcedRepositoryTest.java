package org.charter.platform.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.platform.test.Refusals.refused;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;
import org.charter.platform.sample.Ticket;
import org.charter.platform.sample.TicketCommented;
import org.charter.platform.test.InMemoryEventStore;
import org.junit.jupiter.api.Test;

class EventSourcedRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final CommandContext ALICE = CommandContext.system();

    private final InMemoryEventStore memory = new InMemoryEventStore(Clock.fixed(NOW, ZoneOffset.UTC), "sample");
    private final CountingStore store = new CountingStore(memory);
    private final RecordingReadModel readModel = new RecordingReadModel();
    private final EventSourcedRepository<String, Ticket, org.charter.platform.sample.TicketEvent> tickets =
            new EventSourcedRepository<>(Ticket.KIND, EventStreams.of(store), List.of(readModel));

    @Test
    void a_created_aggregate_comes_back_with_its_state_and_recorded_events_without_a_reload() {
        Recorded<Ticket> created = tickets.create("T-1", Ticket.open("T-1", "Printer", NOW), ALICE);

        assertThat(created.state().title()).isEqualTo("Printer");
        assertThat(created.state().version()).isEqualTo(1);
        assertThat(created.events()).extracting(RecordedEvent::type).containsExactly("charter.sample.TicketOpened.v1");
        assertThat(store.loads).isZero();
        assertThat(readModel.versions).containsExactly(1L);
    }

    @Test
    void an_id_that_is_taken_is_refused_with_the_kinds_code() {
        tickets.create("T-1", Ticket.open("T-1", "Printer", NOW), ALICE);

        Conflict refusal = refused(Conflict.class, "TICKET_ALREADY_EXISTS",
                () -> tickets.create("T-1", Ticket.open("T-1", "Again", NOW), ALICE));

        assertThat(refusal.currentVersion()).isEqualTo(1);
        assertThat(readModel.versions).containsExactly(1L);
    }

    @Test
    void a_command_that_records_two_events_loads_the_stream_once_and_updates_read_models_once() {
        tickets.create("T-1", Ticket.open("T-1", "Printer", NOW), ALICE);

        Recorded<Ticket> changed = tickets.change("T-1", ALICE, ticket -> ticket.comment("jammed", "fixed"));

        assertThat(changed.state().comments()).containsExactly("jammed", "fixed");
        assertThat(changed.state().version()).isEqualTo(3);
        assertThat(changed.events()).extracting(RecordedEvent::sequence).containsExactly(2L, 3L);
        assertThat(store.loads).isEqualTo(1);
        assertThat(readModel.versions).containsExactly(1L, 3L);
    }

    @Test
    void a_decision_that_lost_a_race_is_taken_again_on_the_newer_state() {
        tickets.create("T-1", Ticket.open("T-1", "Printer", NOW), ALICE);
        AtomicInteger decisions = new AtomicInteger();

        Recorded<Ticket> changed = tickets.change("T-1", ALICE, ticket -> {
            if (decisions.incrementAndGet() == 1) {
                memory.append("T-1", ticket.version(), List.of(new TicketCommented("T-1", "meanwhile")), ALICE);
            }
            return ticket.comment("mine");
        });

        assertThat(decisions).hasValue(2);
        assertThat(changed.state().comments()).containsExactly("meanwhile", "mine");
    }

    @Test
    void a_stream_that_keeps_changing_is_refused_as_a_concurrent_change_after_three_decisions() {
        tickets.create("T-1", Ticket.open("T-1", "Printer", NOW), ALICE);
        AtomicInteger decisions = new AtomicInteger();

        Conflict refusal = refused(Conflict.class, "CONCURRENT_CHANGE", () -> tickets.change("T-1", ALICE, ticket -> {
            decisions.incrementAndGet();
            memory.append("T-1", ticket.version(), List.of(new TicketCommented("T-1", "meanwhile")), ALICE);
            return ticket.comment("mine");
        }));

        assertThat(decisions).hasValue(EventSourcedRepository.ATTEMPTS);
        assertThat(refusal.currentVersion()).isEqualTo(4);
        assertThat(refusal.isMomentary()).as("worth retrying as it is").isTrue();
        assertThat(refusal.getMessage()).isEqualTo("ticket T-1 kept changing while this command was decided; try again");
    }

    @Test
    void a_refused_decision_records_nothing() {
        tickets.create("T-1", Ticket.open("T-1", "Printer", NOW), ALICE);
        tickets.change("T-1", ALICE, ticket -> ticket.close("done"));
        int appends = memory.appends();

        refused(Conflict.class, "TICKET_CLOSED", () -> tickets.change("T-1", ALICE, ticket -> ticket.comment("late")));

        assertThat(memory.appends()).isEqualTo(appends);
    }

    @Test
    void an_unknown_id_is_the_kinds_not_found() {
        refused(NotFound.class, "TICKET_NOT_FOUND", () -> tickets.get("T-9"));
        refused(NotFound.class, "TICKET_NOT_FOUND", () -> tickets.history("T-9"));
        assertThat(tickets.find("T-9")).isEmpty();
        assertThat(tickets.exists("T-9")).isFalse();
    }

    @Test
    void an_append_once_that_lost_its_race_is_empty_and_records_nothing() {
        tickets.create("T-1", Ticket.open("T-1", "Printer", NOW), ALICE);
        Ticket decidedOn = tickets.get("T-1");
        memory.append("T-1", 1, List.of(new TicketCommented("T-1", "meanwhile")), ALICE);

        Optional<Recorded<Ticket>> appended = tickets.appendOnce("T-1", decidedOn, decidedOn.comment("mine"), ALICE);

        assertThat(appended).isEmpty();
        assertThat(tickets.get("T-1").comments()).containsExactly("meanwhile");
    }

    @Test
    void a_snapshotted_stream_loads_as_its_snapshot_plus_the_tail() {
        MapSnapshots snapshots = new MapSnapshots();
        var snapshotted = new EventSourcedRepository<>(Ticket.SNAPSHOTTED, new EventStreams(store, snapshots), List.of());
        snapshotted.create("T-1", Ticket.open("T-1", "Printer", NOW), ALICE);
        snapshotted.change("T-1", ALICE, ticket -> ticket.comment("a"));
        snapshotted.change("T-1", ALICE, ticket -> ticket.comment("b", "c"));
        snapshotted.change("T-1", ALICE, ticket -> ticket.comment("d"));

        Ticket loaded = snapshotted.get("T-1");

        assertThat(snapshots.saved).containsExactly(2L, 4L);
        assertThat(store.tailsAfter).endsWith(4L);
        assertThat(loaded.comments()).containsExactly("a", "b", "c", "d");
        assertThat(loaded.version()).isEqualTo(5);
        assertThat(loaded.comments()).isEqualTo(tickets.get("T-1").comments());
    }

    /** Counts whole-stream loads and remembers where tails started. */
    private static final class CountingStore implements EventStore {
        private final EventStore store;
        int loads;
        final List<Long> tailsAfter = new ArrayList<>();

        CountingStore(EventStore store) {
            this.store = store;
        }

        @Override
        public AppendResult append(String streamId, long expectedVersion, List<? extends DomainEvent> events,
                                   CommandContext context) {
            return store.append(streamId, expectedVersion, events, context);
        }

        @Override
        public List<RecordedEvent> load(String streamId) {
            loads++;
            return store.load(streamId);
        }

        @Override
        public List<RecordedEvent> load(String streamId, long afterVersion) {
            tailsAfter.add(afterVersion);
            return store.load(streamId, afterVersion);
        }

        @Override
        public long version(String streamId) {
            return store.version(streamId);
        }
    }

    private static final class RecordingReadModel implements ReadModel<Ticket> {
        final List<Long> versions = new ArrayList<>();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public void update(Ticket state) {
            versions.add(state.version());
        }
    }

    private static final class MapSnapshots implements SnapshotStore {
        private final Map<String, Snapshot<?>> byStream = new HashMap<>();
        final List<Long> saved = new ArrayList<>();

        @Override
        public <S> Optional<Snapshot<S>> load(String streamId, Class<S> type) {
            Snapshot<?> snapshot = byStream.get(streamId);
            return snapshot == null ? Optional.empty()
                    : Optional.of(new Snapshot<>(streamId, snapshot.version(), type.cast(snapshot.state())));
        }

        @Override
        public void save(String streamId, long version, Object state) {
            saved.add(version);
            byStream.put(streamId, new Snapshot<>(streamId, version, state));
        }
    }
}
