package org.charter.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.sample.SampleEvents;
import org.charter.platform.sample.TicketCommented;
import org.charter.platform.sample.TicketOpened;
import org.charter.platform.test.InMemoryEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeldBackAppendsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final CommandContext LOADER = new CommandContext(new Actor("loader", "secretary", null), "load-1", null);

    private final InMemoryEventStore store = new InMemoryEventStore(Clock.fixed(NOW, ZoneOffset.UTC), "sample");
    private final HeldBackAppends held = new HeldBackAppends(store, SampleEvents.TYPES, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ExecutorService writers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    @Test
    void holds_appends_back_from_the_store_until_they_are_written() {
        held.append("t-1", 0, List.of(opened("t-1")), LOADER);
        held.append("t-1", 1, List.of(comment("t-1", "first")), LOADER);

        assertThat(store.load("t-1")).isEmpty();
        assertThat(store.appends()).isZero();
    }

    @Test
    void answers_loads_with_what_it_holds_so_the_next_command_sees_the_last() {
        held.append("t-1", 0, List.of(opened("t-1")), LOADER);
        held.append("t-1", 1, List.of(comment("t-1", "first"), comment("t-1", "second")), LOADER);

        assertThat(held.load("t-1")).extracting(RecordedEvent::sequence).containsExactly(1L, 2L, 3L);
        assertThat(held.load("t-1")).extracting(RecordedEvent::type)
                .containsExactly("charter.sample.TicketOpened.v1", "charter.sample.TicketCommented.v1",
                        "charter.sample.TicketCommented.v1");
        assertThat(held.version("t-1")).isEqualTo(3);
    }

    @Test
    void refuses_an_append_at_a_stale_version_as_the_store_would() {
        held.append("t-1", 0, List.of(opened("t-1")), LOADER);

        AppendResult result = held.append("t-1", 0, List.of(opened("t-1")), LOADER);

        assertThat(result).isEqualTo(new AppendResult.VersionConflict("t-1", 0, 1));
    }

    @Test
    void writes_each_stream_as_one_append_after_what_the_store_had() {
        store.append("t-1", 0, List.of(opened("t-1")), LOADER);
        held.append("t-1", 1, List.of(comment("t-1", "held one")), LOADER);
        held.append("t-1", 2, List.of(comment("t-1", "held two")), LOADER);
        held.append("t-2", 0, List.of(opened("t-2")), LOADER);

        int written = held.writeAll(writers);

        assertThat(written).isEqualTo(2);
        assertThat(store.appends()).isEqualTo(3);
        assertThat(store.load("t-1")).extracting(e -> e.data()).containsExactly(opened("t-1"),
                comment("t-1", "held one"), comment("t-1", "held two"));
        assertThat(store.load("t-2")).extracting(RecordedEvent::correlationId).containsExactly("load-1");
        assertThat(held.heldStreams()).isZero();
    }

    @Test
    void a_stream_only_read_is_not_written() {
        store.append("t-1", 0, List.of(opened("t-1")), LOADER);
        held.load("t-1");
        held.append("t-2", 0, List.of(opened("t-2")), LOADER);

        assertThat(held.writeAll(writers)).isEqualTo(1);
        assertThat(store.appends()).isEqualTo(2);
    }

    @Test
    void fails_naming_a_stream_another_writer_moved_on_and_writes_the_others() {
        held.append("t-1", 0, List.of(opened("t-1")), LOADER);
        held.append("t-2", 0, List.of(opened("t-2")), LOADER);
        store.append("t-1", 0, List.of(opened("t-1")), LOADER);

        assertThatThrownBy(() -> held.writeAll(writers)).isInstanceOf(IllegalStateException.class).hasMessageContaining("[t-1]");
        assertThat(store.load("t-1")).hasSize(1);
        assertThat(store.load("t-2")).hasSize(1);
    }

    private static TicketOpened opened(String ticket) {
        return new TicketOpened(ticket, "Ticket " + ticket, NOW);
    }

    private static TicketCommented comment(String ticket, String text) {
        return new TicketCommented(ticket, text);
    }
}
