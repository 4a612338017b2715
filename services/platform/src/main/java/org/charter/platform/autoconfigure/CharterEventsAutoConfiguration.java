package org.charter.platform.autoconfigure;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.consumer.ProcessedEvents;
import org.charter.platform.consumer.SubscriptionContainers;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.EventType;
import org.charter.platform.event.EventTypes;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.eventstore.Outbox;
import org.charter.platform.eventstore.Snapshots;
import org.charter.platform.kafka.EventTopics;
import org.charter.platform.kafka.TopicProvisioner;
import org.charter.platform.projection.ProjectionRebuilder;
import org.charter.platform.readmodel.AggregateStates;
import org.charter.platform.readmodel.DocumentReadModel;
import org.charter.platform.readmodel.ReadModelRebuild;
import org.charter.platform.relay.OutboxEndpoint;
import org.charter.platform.relay.OutboxRelay;
import org.charter.platform.relay.OutboxRelayHealthIndicator;
import org.charter.platform.relay.RelaySettings;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Wires a service's events from {@code charter.service.context}: the event type registry (the
 * {@code @EventType} records under the application's package, unless the service declares its
 * own {@link EventTypes} bean), the event store on the service's MongoDB database, the topics
 * (created at startup, every partition led before anything is produced), the outbox relay and
 * a listener container for every {@link EventSubscription} bean.
 */
@AutoConfiguration(after = {MongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnProperty(prefix = "charter.service", name = "context")
@EnableConfigurationProperties(CharterEventsProperties.class)
public class CharterEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventTypes eventTypes(BeanFactory beans, CharterEventsProperties props) {
        return scan(AutoConfigurationPackages.has(beans) ? AutoConfigurationPackages.get(beans) : List.of(),
                props.getService().getContext());
    }

    /** Every {@code @EventType} record in these packages and below; those naming no context are the service's. */
    @SuppressWarnings("unchecked")
    public static EventTypes scan(List<String> packages, String ownContext) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(EventType.class));
        List<Class<? extends DomainEvent>> classes = new ArrayList<>();
        for (String p : packages) {
            scanner.findCandidateComponents(p).forEach(candidate -> classes.add((Class<? extends DomainEvent>)
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), null)));
        }
        return EventTypes.of(ownContext, classes);
    }

    @Bean
    @ConditionalOnMissingBean
    EventJson eventJson(EventTypes types) {
        return new EventJson(types);
    }

    @Bean
    @ConditionalOnMissingBean
    CloudEventEnvelope cloudEventEnvelope(EventJson json) {
        return new CloudEventEnvelope(json);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock charterClock() {
        return Clock.systemUTC();
    }

    /**
     * The service's own database, the same one the rest of the platform uses:
     * {@code spring.data.mongodb.database}, else the database named in {@code spring.data.mongodb.uri}.
     */
    @Bean
    @ConditionalOnMissingBean
    MongoDatabase charterDatabase(MongoClient client, ObjectProvider<MongoProperties> mongo) {
        return client.getDatabase(mongo.getIfAvailable(MongoProperties::new).getMongoClientDatabase());
    }

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(MongoDatabase database) {
        return new Outbox(database);
    }

    @Bean
    @ConditionalOnMissingBean
    MongoEventStore eventStore(MongoDatabase database, Outbox outbox, EventJson json, Clock clock,
                               CharterEventsProperties props, ObjectProvider<MeterRegistry> meters) {
        return new MongoEventStore(database, outbox, json, clock, props.getRelay().getAbandonAfter().dividedBy(2),
                props.getKafka().getMaxEventBytes(),
                meters(meters));
    }

    @Bean
    @ConditionalOnMissingBean
    Snapshots snapshots(MongoDatabase database) {
        return new Snapshots(database);
    }

    /** Where the service's aggregates live, for its {@link org.charter.platform.aggregate.EventSourcedRepository repositories}. */
    @Bean
    @ConditionalOnMissingBean
    EventStreams eventStreams(MongoEventStore store, Snapshots snapshots) {
        return new EventStreams(store, snapshots);
    }

    @Bean
    @ConditionalOnMissingBean
    ReadModelRebuild readModelRebuild(MongoEventStore store, EventJson json, Clock clock) {
        return new ReadModelRebuild(new AggregateStates(store, json), clock);
    }

    /** Rebuilds every declared read model when the service starts, while the old one still answers. */
    @Bean
    @Order(0)
    @ConditionalOnProperty(prefix = "charter.read-models", name = "rebuild-on-start", matchIfMissing = true)
    ApplicationRunner charterReadModelsOnStart(ReadModelRebuild rebuild, ObjectProvider<DocumentReadModel<?>> readModels) {
        return args -> rebuild.rebuildAll(readModels.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    ProcessedEvents processedEvents(MongoDatabase database) {
        return new ProcessedEvents(database);
    }

    @Bean
    @ConditionalOnMissingBean
    ProjectionRebuilder projectionRebuilder(MongoEventStore store, EventJson json) {
        return new ProjectionRebuilder(store, json);
    }

    @Bean
    @ConditionalOnMissingBean
    TopicProvisioner topicProvisioner(KafkaProperties kafka, CharterEventsProperties props) {
        return new TopicProvisioner(kafka.buildAdminProperties(null), props.getKafka().getPartitions(),
                props.getKafka().getReplicationFactor(), props.getKafka().getTopicReadyTimeout());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "charter.relay", name = "enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(Outbox outbox, MongoEventStore store, KafkaProperties kafka, Clock clock,
                            CharterEventsProperties props, ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> config = relayProducerConfig(kafka.buildProducerProperties(null));
        String context = props.getService().getContext();
        var relay = props.getRelay();
        return new OutboxRelay(outbox, store, () -> new KafkaProducer<>(config), EventTopics.of(context),
                CloudEventEnvelope.sourceOf(context),
                new RelaySettings(relay.getPollInterval(), relay.getBatchSize(), relay.getAbandonAfter(),
                        relay.getIdlePollInterval(), relay.getPageSize()), clock,
                meters(meters));
    }

    /**
     * The relay's producer: idempotent, {@code acks=all}, records of bytes keyed by stream id; and
     * bounded while the broker is away (each overridable with {@code spring.kafka.producer.*}): it
     * holds at most {@code buffer.memory} of records (the relay hands it one wave at a time), a
     * send waits at most {@code max.block.ms} for metadata or buffer space, and a record is given
     * up after {@code delivery.timeout.ms} (the relay sends it again in a later round). Appends
     * never wait on any of this: they only write to MongoDB.
     */
    public static Map<String, Object> relayProducerConfig(Map<String, Object> base) {
        Map<String, Object> config = new HashMap<>(base);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "charter-relay");
        config.putIfAbsent(ProducerConfig.BUFFER_MEMORY_CONFIG, RELAY_BUFFER_MEMORY);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, RELAY_MAX_BLOCK_MS);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, RELAY_REQUEST_TIMEOUT_MS);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, RELAY_DELIVERY_TIMEOUT_MS);
        return config;
    }

    /** Kafka's default, stated: the most the relay's producer holds (32 MiB). */
    static final long RELAY_BUFFER_MEMORY = 32L * 1024 * 1024;
    /** Kafka's default is 60 s: a relay round while the broker is away should not hang that long on each send. */
    static final int RELAY_MAX_BLOCK_MS = 10_000;
    static final int RELAY_REQUEST_TIMEOUT_MS = 15_000;
    /** Kafka's default is 120 s; at least linger plus request timeout: a broker away shows as failed rounds after this. */
    static final int RELAY_DELIVERY_TIMEOUT_MS = 30_000;

    /** Operators see parked commits in the health answer and release them at {@code /actuator/outbox}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class RelayManagement {

        @Bean
        @ConditionalOnProperty(prefix = "charter.relay", name = "enabled", matchIfMissing = true)
        @ConditionalOnMissingBean(name = "outboxRelayHealthIndicator")
        @ConditionalOnEnabledHealthIndicator("outboxRelay")
        OutboxRelayHealthIndicator outboxRelayHealthIndicator(OutboxRelay relay) {
            return new OutboxRelayHealthIndicator(relay);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnAvailableEndpoint(endpoint = OutboxEndpoint.class)
        OutboxEndpoint outboxEndpoint(Outbox outbox, ObjectProvider<OutboxRelay> relay) {
            return new OutboxEndpoint(outbox, relay.getIfAvailable());
        }
    }

    /** Creates the service's topic, then starts the relay; stops it last, after the consumers. */
    @Bean
    SmartLifecycle charterEventsLifecycle(TopicProvisioner topics, ObjectProvider<OutboxRelay> relay,
                                          CharterEventsProperties props) {
        String topic = EventTopics.of(props.getService().getContext());
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                topics.ensure(List.of(topic, EventTopics.deadLetterOf(topic)));
                relay.ifAvailable(OutboxRelay::start);
                running = true;
            }

            @Override
            public void stop() {
                relay.ifAvailable(OutboxRelay::stop);
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 300;
            }
        };
    }

    @Bean
    SubscriptionContainers charterSubscriptions(ObjectProvider<EventSubscription> subscriptions, KafkaProperties kafka,
                                                TopicProvisioner topics, CloudEventEnvelope envelope,
                                                ProcessedEvents processed, Clock clock, CharterEventsProperties props,
                                                ObjectProvider<MeterRegistry> meters) {
        var consumer = props.getConsumer();
        return new SubscriptionContainers(subscriptions.orderedStream().toList(), kafka.buildConsumerProperties(null),
                kafka.buildProducerProperties(null), topics, envelope, processed,
                new SubscriptionContainers.Retries(consumer.getRetries(), consumer.getRetryBackoff()), clock,
                meters(meters));
    }

    private static MeterRegistry meters(ObjectProvider<MeterRegistry> meters) {
        return meters.getIfAvailable(() -> Metrics.globalRegistry);
    }
}
