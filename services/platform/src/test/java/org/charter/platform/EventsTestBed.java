package org.charter.platform;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.platform.autoconfigure.CharterEventsAutoConfiguration;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.consumer.ProcessedEvents;
import org.charter.platform.consumer.SubscriptionContainers;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.EventTypes;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.eventstore.Outbox;
import org.charter.platform.kafka.EventTopics;
import org.charter.platform.kafka.TopicProvisioner;
import org.charter.platform.relay.OutboxRelay;
import org.charter.platform.relay.RelaySettings;
import org.charter.platform.sample.SampleEvents;

/**
 * The platform's event pieces wired by hand on the shared in-process broker and MongoDB server,
 * each test with its own database and its own context (so its own topic).
 */
public final class EventsTestBed implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    static {
        // no logback-test.xml: it would replace Spring Boot's structured logging in the web ITs
        for (String noisy : List.of("org.apache.kafka", "kafka", "state.change.logger", "org.mongodb.driver",
                "de.bwaldvogel", "org.springframework.kafka")) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(noisy))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    public final String bootstrap = CharterInfrastructureExtension.endpoints().kafkaBootstrapServers();
    public final String context = "t" + COUNTER.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 100_000, 36);
    public final String topic = EventTopics.of(context);
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    public final MongoClient client = MongoClients.create(CharterInfrastructureExtension.endpoints().mongoUri());
    public final MongoDatabase database = client.getDatabase("it-" + context);
    public final EventJson json;
    public final CloudEventEnvelope envelope;
    public final Outbox outbox = new Outbox(database);
    public final TopicProvisioner topics = new TopicProvisioner(
            Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap), 12, (short) 1, Duration.ofSeconds(60));
    private final List<AutoCloseable> closeables = new ArrayList<>();

    public EventsTestBed() {
        this(SampleEvents.TYPES);
    }

    /** A bed whose store and consumers know these types. */
    public EventsTestBed(EventTypes types) {
        json = new EventJson(types);
        envelope = new CloudEventEnvelope(json);
        topics.ensure(List.of(topic, EventTopics.deadLetterOf(topic)));
    }

    public MongoEventStore store() {
        return new MongoEventStore(database, outbox, json, Clock.systemUTC(), Duration.ofSeconds(30), meters);
    }

    public Supplier<Producer<String, byte[]>> producers() {
        return () -> new KafkaProducer<>(CharterEventsAutoConfiguration.relayProducerConfig(
                Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap)));
    }

    public OutboxRelay relay(MongoEventStore store, Supplier<Producer<String, byte[]>> producers,
                             RelaySettings settings) {
        OutboxRelay relay = new OutboxRelay(outbox, store, producers, topic, CloudEventEnvelope.sourceOf(context),
                settings, Clock.systemUTC(), meters);
        closeables.add(relay::stop);
        return relay;
    }

    public SubscriptionContainers consume(SubscriptionContainers.Retries retries, EventSubscription... subscriptions) {
        var containers = new SubscriptionContainers(List.of(subscriptions),
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500),
                Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap), topics, envelope,
                new ProcessedEvents(database), retries, Clock.systemUTC(), meters);
        closeables.add(containers::stop);
        containers.start();
        return containers;
    }

    public SubscriptionContainers consume(EventSubscription... subscriptions) {
        return consume(new SubscriptionContainers.Retries(2, Duration.ofMillis(50)), subscriptions);
    }

    public double counter(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Override
    public void close() {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception e) {
                // keep closing the rest
            }
        }
        database.drop();
        client.close();
    }
}
