package org.charter.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.EventsTestBed;
import org.charter.platform.event.CommandContext;
import org.charter.platform.faults.CuttableProxy;
import org.charter.platform.relay.RelaySettings;
import org.charter.platform.sample.TicketOpened;
import org.charter.platform.test.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A commit whose insert reached the server but whose answer was lost: the append reads it back,
 * answers it as appended and writes its outbox entry again, so it is published although the relay
 * gave the first entry up while the insert hung.
 */
@WithCharterInfrastructure
class AmbiguousInsertIT {

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

    @Test
    void a_commit_written_although_its_insert_timed_out_is_answered_as_appended_and_published() throws Exception {
        var mongo = new ConnectionString(CharterInfrastructureExtension.endpoints().mongoUri());
        assumeTrue(mongo.getHosts().size() == 1, "needs a single MongoDB host to put a proxy in front of it");
        String[] hostPort = mongo.getHosts().get(0).split(":");
        proxy = new CuttableProxy(hostPort[0], Integer.parseInt(hostPort[1]));
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + proxy.port()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS).readTimeout(2, TimeUnit.SECONDS))
                .build());
        MongoDatabase throughProxy = client.getDatabase(bed.database.getName());
        MongoEventStore writer = new MongoEventStore(throughProxy, new Outbox(throughProxy), bed.json, Clock.systemUTC(),
                Duration.ofSeconds(30), bed.meters);
        // the relay gives up an entry whose commit has not appeared 300 ms after it first saw it
        bed.relay(bed.store(), bed.producers(), new RelaySettings(Duration.ofMillis(20), 100, Duration.ofMillis(300)))
                .start();

        // the insert of the commit is held 1.5 s (the relay sees its outbox entry, then drops it),
        // reaches the server, and its answer never comes back: the driver's read times out
        var forwarded = proxy.loseTheReplyTo(CuttableProxy.bsonString("insert", MongoEventStore.COLLECTION),
                Duration.ofMillis(1_500));
        AppendResult result = writer.append("AMBIGUOUS", EventStore.NO_STREAM,
                List.of(new TicketOpened("AMBIGUOUS", "lost answer", Instant.EPOCH)), CommandContext.system());

        assertThat(forwarded.await(0, TimeUnit.SECONDS)).as("the insert reached the server").isTrue();
        assertThat(bed.counter("charter.relay.abandoned")).as("the relay gave the first entry up").isEqualTo(1);
        assertThat(result).isInstanceOf(AppendResult.Appended.class);
        var appended = (AppendResult.Appended) result;
        List<CloudEvent> published = TopicReader.cloudEvents(bed.bootstrap, bed.topic, 1, Duration.ofSeconds(30));
        assertThat(published).extracting(CloudEvent::getId)
                .containsExactly(appended.events().get(0).id().toString());
        assertThat(bed.store().version("AMBIGUOUS")).isEqualTo(1);
    }
}
