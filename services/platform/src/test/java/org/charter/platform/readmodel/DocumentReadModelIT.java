package org.charter.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.EventsTestBed;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.event.CommandContext;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.sample.Ticket;
import org.charter.platform.sample.TicketEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@WithCharterInfrastructure
class DocumentReadModelIT {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final EventsTestBed bed = new EventsTestBed();
    private final MongoEventStore store = bed.store();
    private final DocumentReadModel<Ticket> board = new DocumentReadModel<>(bed.database, "ticket_board", Ticket.KIND,
            Ticket::id, ticket -> new Document("title", ticket.title()).append("comments", ticket.comments().size())
                    .append("closed", ticket.closed()));
    private final EventSourcedRepository<String, Ticket, TicketEvent> tickets =
            new EventSourcedRepository<>(Ticket.KIND, EventStreams.of(store), List.of(board));
    private final ReadModelRebuild rebuild = new ReadModelRebuild(new AggregateStates(store, bed.json), Clock.systemUTC());

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void the_read_model_follows_every_command_and_ignores_an_older_state() {
        tickets.create("T-1", Ticket.open("T-1", "Printer", T0), CommandContext.system());
        Ticket older = tickets.get("T-1");
        tickets.change("T-1", CommandContext.system(), ticket -> ticket.comment("jammed", "fixed"));

        board.update(older);

        assertThat(board.documents().find().first()).containsEntry("_id", "T-1").containsEntry("comments", 2)
                .containsEntry("version", 3L);
    }

    @Test
    void held_back_writes_reach_the_read_model_once_per_aggregate_with_its_newest_state() {
        HeldBackWrites<Ticket> heldBack = board.heldBack();
        EventSourcedRepository<String, Ticket, TicketEvent> bulk =
                new EventSourcedRepository<>(Ticket.KIND, EventStreams.of(store), List.of(heldBack));
        bulk.create("T-1", Ticket.open("T-1", "Printer", T0), CommandContext.system());
        bulk.change("T-1", CommandContext.system(), ticket -> ticket.comment("jammed", "fixed"));
        bulk.create("T-2", Ticket.open("T-2", "Projector", T0), CommandContext.system());
        assertThat(board.documents().countDocuments()).as("nothing written before writeAll").isZero();

        int written = heldBack.writeAll(Runnable::run);

        assertThat(written).isEqualTo(2);
        assertThat(board.documents().find(new Document("_id", "T-1")).first()).containsEntry("comments", 2)
                .containsEntry("version", 3L);
        assertThat(board.documents().countDocuments()).isEqualTo(2);
        assertThat(heldBack.writeAll(Runnable::run)).as("a second writeAll has nothing left").isZero();
    }

    @Test
    void a_rebuild_repairs_the_read_model_while_readers_never_see_it_empty_or_short() throws Exception {
        int count = 150;
        for (int t = 0; t < count; t++) {
            String id = "T-" + t;
            tickets.create(id, Ticket.open(id, "ticket " + t, T0), CommandContext.system());
            if (t % 3 == 0) {
                tickets.change(id, CommandContext.system(), ticket -> ticket.comment("a", "b"));
            }
        }
        board.documents().updateOne(new Document("_id", "T-7"), new Document("$set", new Document("title", "damaged")));
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicLong fewest = new AtomicLong(Long.MAX_VALUE);
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (rebuilding.get()) {
                fewest.accumulateAndGet(board.documents().countDocuments(), Math::min);
                reads.incrementAndGet();
            }
        });
        reader.start();

        for (int round = 0; round < 3; round++) {
            rebuild.rebuild(board);
        }
        rebuilding.set(false);
        reader.join();

        assertThat(reads.get()).isPositive();
        assertThat(fewest.get()).isEqualTo(count);
        assertThat(board.documents().find(new Document("_id", "T-7")).first()).containsEntry("title", "ticket 7");
        assertThat(board.documents().find(new Document("_id", "T-3")).first()).containsEntry("comments", 2);
    }

    @Test
    void an_aggregate_written_while_the_rebuild_ran_is_in_the_swapped_in_collection() {
        tickets.create("T-1", Ticket.open("T-1", "Printer", T0), CommandContext.system());

        board.rebuild(sink -> {
            sink.accept(tickets.get("T-1"));
            // another replica writes now: its state goes to the collection about to be swapped out
            tickets.create("T-2", Ticket.open("T-2", "Scanner", T0), CommandContext.system());
        });
        new AggregateStates(store, bed.json).changedSince(Ticket.KIND, T0, board::update);

        assertThat(board.documents().countDocuments()).isEqualTo(2);
    }
}
