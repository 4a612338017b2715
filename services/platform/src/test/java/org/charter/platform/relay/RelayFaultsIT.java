package org.charter.platform.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.EventsTestBed;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.CommandContext;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.eventstore.Outbox;
import org.charter.platform.faults.TopicLimits;
import org.charter.platform.sample.TicketCommented;
import org.charter.platform.test.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The relay when Kafka refuses a commit for ever, and when an append's commit does not appear. */
@WithCharterInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class RelayFaultsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int OTHER_STREAMS = 400;
    private static final int COMMITS_EACH = 3;

    private final EventsTestBed bed = new EventsTestBed();
    private final MongoEventStore store = bed.store();
    private final CommandContext context = CommandContext.system();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void a_commit_kafka_refuses_is_parked_its_stream_waits_the_others_flow_and_it_goes_once_released(
            CapturedOutput output) throws Exception {
        limitRecordsOf(bed.topic, 20_000); // a broker whose limit is below what the service lets through
        append("A-POISON", "before");
        append("A-POISON", "x".repeat(50_000));
        append("A-POISON", "after");
        for (int i = 0; i < OTHER_STREAMS * COMMITS_EACH; i++) {
            append("S-" + (i % OTHER_STREAMS), "c" + i); // sorted after the poison: 1,200 entries behind it
        }
        AppliedEvents applied = new AppliedEvents();
        bed.consume(EventSubscription.of("poison-" + bed.context, applied, bed.topic));
        OutboxRelay relay = bed.relay(store, bed.producers(), new RelaySettings(Duration.ofMillis(20), 100,
                Duration.ofSeconds(30)));
        relay.start();

        applied.awaitDistinct(1 + OTHER_STREAMS * COMMITS_EACH, WAIT);
        await(() -> bed.outbox.parked().size() == 1);
        Thread.sleep(500); // rounds go on: the stream still waits

        Outbox.Entry parked = bed.outbox.parked().get(0);
        assertThat(parked.key()).isEqualTo("A-POISON#2");
        assertThat(parked.parked().reason()).contains("RecordTooLargeException");
        assertThat(applied.sequencesByStream.get("A-POISON")).containsExactly(1L);
        assertThat(applied.distinct()).isEqualTo(1 + OTHER_STREAMS * COMMITS_EACH);
        assertThat(bed.outbox.pending()).extracting(Outbox.Entry::key).containsExactly("A-POISON#2", "A-POISON#3");
        assertThat(bed.counter("charter.relay.parkings")).isEqualTo(1);
        Health health = new OutboxRelayHealthIndicator(relay).health();
        assertThat(health.getStatus()).isEqualTo(OutboxRelayHealthIndicator.WARNING);
        assertThat(health.getDetails()).containsEntry("parkedCount", 1);
        assertThat(output.getOut() + output.getErr()).contains(
                "parked commit A-POISON#2 of stream A-POISON (events 2 to 2): Kafka refuses it for ever ("
                        + "org.apache.kafka.common.errors.RecordTooLargeException");

        limitRecordsOf(bed.topic, TopicLimits.KAFKA_DEFAULT); // the fix
        assertThat(bed.outbox.release(parked.parked().id())).isPresent();
        relay.wake();

        applied.awaitDistinct(3 + OTHER_STREAMS * COMMITS_EACH, WAIT);
        assertThat(applied.sequencesByStream.get("A-POISON")).containsExactly(1L, 2L, 3L);
        await(() -> bed.outbox.pending().isEmpty());
        assertThat(bed.outbox.parked()).isEmpty();
        assertThat(firstAppearances(TopicReader.records(bed.bootstrap, bed.topic, 3 + OTHER_STREAMS * COMMITS_EACH, WAIT),
                "A-POISON")).containsExactly(1L, 2L, 3L);
        await(() -> new OutboxRelayHealthIndicator(relay).health().getStatus().equals(Status.UP));
    }

    @Test
    void an_entry_is_abandoned_only_after_the_grace_period_on_the_relays_clock_from_when_it_first_saw_it() {
        AtomicLong nanos = new AtomicLong();
        OutboxRelay relay = new OutboxRelay(bed.outbox, store, bed.producers(), bed.topic,
                CloudEventEnvelope.sourceOf(bed.context), new RelaySettings(Duration.ofMillis(20), 100,
                Duration.ofSeconds(60)), Clock.systemUTC(), nanos::get, bed.meters);
        // written by an append on a machine whose clock is an hour behind, and still being written
        bed.database.getCollection(Outbox.COLLECTION).insertOne(new Document("keys", List.of("SLOW#1"))
                .append("createdAt", Date.from(Instant.now().minus(Duration.ofHours(1)))));

        relay.relayOnce();
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        relay.relayOnce();

        assertThat(bed.counter("charter.relay.abandoned")).isZero();
        assertThat(bed.outbox.pending()).extracting(Outbox.Entry::key).containsExactly("SLOW#1");

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        relay.relayOnce();

        assertThat(bed.counter("charter.relay.abandoned")).isEqualTo(1);
        assertThat(bed.outbox.pending()).isEmpty();
    }

    @Test
    void the_entry_of_a_races_loser_written_after_the_winner_was_published_publishes_nothing_again() {
        OutboxRelay relay = bed.relay(store, bed.producers(), new RelaySettings(Duration.ofMillis(20), 100,
                Duration.ofSeconds(60)));
        append("RACE", "the winner's comment");
        relay.relayOnce();
        assertThat(bed.outbox.pending()).isEmpty();
        // the loser wrote its entry for the same key before its insert met the winner's commit
        bed.database.getCollection(Outbox.COLLECTION).insertOne(new Document("keys", List.of("RACE#1|" + UUID.randomUUID()))
                .append("createdAt", Date.from(Instant.now())));

        relay.relayOnce();
        append("RACE", "a later comment");
        relay.relayOnce();

        assertThat(bed.outbox.pending()).isEmpty();
        assertThat(bed.counter("charter.relay.abandoned")).isZero();
        List<ConsumerRecord<String, byte[]>> records = TopicReader.all(bed.bootstrap, bed.topic, WAIT);
        assertThat(records).filteredOn(r -> "RACE".equals(r.key()))
                .extracting(r -> new String(r.headers().lastHeader("ce_sequence").value(), StandardCharsets.UTF_8))
                .containsExactly("1", "2");
    }

    @Test
    void a_winners_and_a_losers_entry_read_together_publish_the_commit_once() {
        OutboxRelay relay = bed.relay(store, bed.producers(), new RelaySettings(Duration.ofMillis(20), 100,
                Duration.ofSeconds(60)));
        bed.database.getCollection(Outbox.COLLECTION).insertOne(new Document("keys", List.of("TIE#1|" + UUID.randomUUID()))
                .append("createdAt", Date.from(Instant.now())));
        append("TIE", "the winner's comment");

        relay.relayOnce();

        assertThat(bed.outbox.pending()).isEmpty();
        List<ConsumerRecord<String, byte[]>> records = TopicReader.all(bed.bootstrap, bed.topic, WAIT);
        assertThat(records).filteredOn(r -> "TIE".equals(r.key())).hasSize(1);
    }

    private void append(String stream, String text) {
        store.append(stream, store.version(stream), List.of(new TicketCommented(stream, text)), context);
    }

    /** Each record's sequence the first time it appears on the wire, in wire order (duplicates left out). */
    private static List<Long> firstAppearances(List<ConsumerRecord<String, byte[]>> records, String stream) {
        return records.stream().filter(r -> stream.equals(r.key()))
                .map(r -> Long.parseLong(new String(r.headers().lastHeader("ce_sequence").value(), StandardCharsets.UTF_8)))
                .distinct().toList();
    }

    private void limitRecordsOf(String topic, int bytes) throws Exception {
        TopicLimits.limitRecords(bed.bootstrap, topic, bytes);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("within " + WAIT).isTrue();
    }
}
