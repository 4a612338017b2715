package org.charter.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.bson.Document;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.EventsTestBed;
import org.charter.platform.faults.CuttableProxy;
import org.charter.platform.event.CommandContext;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.kafka.EventTopics;
import org.charter.platform.readmodel.VersionedDocuments;
import org.charter.platform.relay.RelaySettings;
import org.charter.platform.sample.TicketCommented;
import org.charter.platform.sample.TicketOpened;
import org.charter.platform.test.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A consumer whose database goes away while events flow waits for it and then goes on: nothing
 * is lost, nothing is dead-lettered, and its read model ends complete.
 */
@WithCharterInfrastructure
class MongoOutageIT {

    private static final int TICKETS = 40;
    private static final int COMMENTS = 5;

    private final EventsTestBed bed = new EventsTestBed();
    private CuttableProxy proxy;
    private MongoClient client;

    @AfterEach
    void close() throws Exception {
        bed.close();
        if (client != null) {
            client.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    private static long complete(MongoCollection<Document> board) {
        try {
            return board.countDocuments(new Document("version", COMMENTS + 1L));
        } catch (MongoException stillAway) {
            return -1;
        }
    }

    @Test
    void a_mongodb_outage_while_events_flow_loses_nothing_and_dead_letters_nothing() throws Exception {
        var mongo = new ConnectionString(CharterInfrastructureExtension.endpoints().mongoUri());
        assumeTrue(mongo.getHosts().size() == 1, "needs a single MongoDB host to put a proxy in front of it");
        String[] hostPort = mongo.getHosts().get(0).split(":");
        proxy = new CuttableProxy(hostPort[0], Integer.parseInt(hostPort[1]));
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + proxy.port()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(1, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(1, TimeUnit.SECONDS).readTimeout(2, TimeUnit.SECONDS))
                .build());
        MongoDatabase consumerDatabase = client.getDatabase("it-outage-" + bed.context);
        var board = consumerDatabase.getCollection("ticket_comments");
        MongoEventStore store = bed.store();
        bed.relay(store, bed.producers(), new RelaySettings(Duration.ofMillis(20), 500, Duration.ofSeconds(30))).start();
        var containers = new SubscriptionContainers(
                List.of(EventSubscription.of("outage-" + bed.context, event -> VersionedDocuments.applyOnce(board,
                        event.streamId(), event.sequence(), new Document("$inc", new Document("events", 1))), bed.topic)),
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bed.bootstrap, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 20),
                Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bed.bootstrap), bed.topics, bed.envelope,
                new ProcessedEvents(consumerDatabase), new SubscriptionContainers.Retries(2, Duration.ofMillis(50)),
                Clock.systemUTC(), bed.meters);
        containers.start();
        try {
            for (int t = 0; t < TICKETS; t++) {
                String id = "T-" + t;
                store.append(id, 0, List.of(new TicketOpened(id, "ticket " + t, Instant.EPOCH)), CommandContext.system());
                if (t == TICKETS / 4) {
                    proxy.cut();
                }
                for (int c = 1; c <= COMMENTS; c++) {
                    store.append(id, c, List.of(new TicketCommented(id, "c" + c)), CommandContext.system());
                }
            }
            Thread.sleep(4_000); // the outage lasts well beyond the bounded retries of a handler failure
            proxy.restore();

            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (complete(board) < TICKETS && bed.counter("charter.consumer.dead.letters") == 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            containers.stop();
        }

        assertThat(bed.counter("charter.consumer.dead.letters")).as("events dead-lettered").isZero();
        assertThat(board.countDocuments()).isEqualTo(TICKETS);
        assertThat(complete(board)).as("tickets with every comment applied").isEqualTo(TICKETS);
        // Every event was applied; the counter may miss those whose record of being applied was
        // written but answered by a cut line: their redelivery then counts as a duplicate.
        assertThat(bed.counter("charter.consumer.applied") + bed.counter("charter.consumer.duplicates"))
                .isGreaterThanOrEqualTo(TICKETS * (COMMENTS + 1));
        assertThat(TopicReader.records(bed.bootstrap, EventTopics.deadLetterOf(bed.topic), 0, Duration.ofSeconds(2))).isEmpty();
    }
}
