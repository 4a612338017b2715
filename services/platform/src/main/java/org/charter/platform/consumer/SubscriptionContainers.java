package org.charter.platform.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.UnreadableEvent;
import org.charter.platform.infrastructure.InfrastructureFailures;
import org.charter.platform.kafka.EventTopics;
import org.charter.platform.kafka.TopicProvisioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Builds and runs one Kafka listener container per {@link EventSubscription}: records are read
 * as raw bytes plus headers, in batches, applied through an {@link IdempotentEventListener}. A
 * failure of the infrastructure (the database or the broker unreachable, a timeout) is retried
 * with backoff for as long as it lasts, without skipping; a record
 * that cannot be read (at once) or applied (after bounded retries with backoff) is published
 * unchanged to {@code <topic>.dlt} with the reason in the {@code charter_dlt_reason} header
 * beside Spring Kafka's {@code kafka_dlt-*} headers. Offsets are committed only after the
 * record was applied or dead-lettered, so nothing is dropped silently.
 */
public final class SubscriptionContainers implements SmartLifecycle {

    public static final String REASON_HEADER = "charter_dlt_reason";

    private static final Logger log = LoggerFactory.getLogger(SubscriptionContainers.class);

    private final List<EventSubscription> subscriptions;
    private final Map<String, Object> consumerConfig;
    private final Map<String, Object> producerConfig;
    private final TopicProvisioner topics;
    private final CloudEventEnvelope envelope;
    private final ProcessedEvents processed;
    private final Retries retries;
    private final Clock clock;
    private final MeterRegistry meters;
    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();
    private DefaultKafkaProducerFactory<String, byte[]> deadLetterProducers;
    private volatile boolean running;

    /** How often a failing handler is retried, and how long apart, before the record is dead-lettered. */
    public record Retries(int attempts, Duration backoff) {
    }

    public SubscriptionContainers(List<EventSubscription> subscriptions, Map<String, Object> consumerConfig,
                                  Map<String, Object> producerConfig, TopicProvisioner topics,
                                  CloudEventEnvelope envelope, ProcessedEvents processed, Retries retries, Clock clock,
                                  MeterRegistry meters) {
        this.subscriptions = List.copyOf(subscriptions);
        this.consumerConfig = Map.copyOf(consumerConfig);
        this.producerConfig = Map.copyOf(producerConfig);
        this.topics = topics;
        this.envelope = envelope;
        this.processed = processed;
        this.retries = retries;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public synchronized void start() {
        if (running || subscriptions.isEmpty()) {
            running = true;
            return;
        }
        Set<String> needed = new LinkedHashSet<>();
        subscriptions.forEach(s -> s.topics().forEach(t -> {
            needed.add(t);
            needed.add(EventTopics.deadLetterOf(t));
        }));
        topics.ensure(needed);
        Map<String, Object> dlt = new HashMap<>(producerConfig);
        dlt.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        dlt.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        dlt.put(ProducerConfig.ACKS_CONFIG, "all");
        dlt.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        deadLetterProducers = new DefaultKafkaProducerFactory<>(dlt);
        KafkaTemplate<String, byte[]> deadLetters = new KafkaTemplate<>(deadLetterProducers);
        for (EventSubscription s : subscriptions) {
            ConcurrentMessageListenerContainer<String, byte[]> c = container(s, deadLetters);
            c.start();
            containers.add(c);
            log.info("consuming {} as group {}", s.topics(), s.group());
        }
        running = true;
    }

    private ConcurrentMessageListenerContainer<String, byte[]> container(EventSubscription s,
                                                                         KafkaTemplate<String, byte[]> deadLetters) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, s.group());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        var consumers = new DefaultKafkaConsumerFactory<String, byte[]>(config);

        ContainerProperties props = new ContainerProperties(s.topics().toArray(String[]::new));
        props.setGroupId(s.group());
        props.setMessageListener(s.records() != null ? new RecordBatchListener(s, meters)
                : new IdempotentEventListener(s, envelope, processed, clock, meters));
        var container = new ConcurrentMessageListenerContainer<>(consumers, props);
        container.setConcurrency(s.concurrency());
        container.setBeanName("charter-" + s.group());
        container.setCommonErrorHandler(errorHandler(s, deadLetters));
        return container;
    }

    private DefaultErrorHandler errorHandler(EventSubscription s, KafkaTemplate<String, byte[]> deadLetters) {
        Counter deadLettered = Counter.builder("charter.consumer.dead.letters").tag("group", s.group())
                .description("records sent to the dead-letter topic").register(meters);
        var recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, e) -> new TopicPartition(EventTopics.deadLetterOf(record.topic()), record.partition()));
        recoverer.setHeadersFunction((record, e) -> {
            deadLettered.increment();
            log.error("dead-lettering {}-{}@{} of group {}: {}", record.topic(), record.partition(), record.offset(),
                    s.group(), reason(e));
            return new RecordHeaders(new RecordHeader[] {
                    new RecordHeader(REASON_HEADER, reason(e).getBytes(StandardCharsets.UTF_8))});
        });
        recoverer.setFailIfSendResultIsError(true);
        var handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(retries.backoff().toMillis(), retries.attempts()));
        handler.addNotRetryableExceptions(UnreadableEvent.class);
        // the database or the broker is away: wait for it as long as it takes, never dead-letter for it
        handler.setBackOffFunction((record, e) -> InfrastructureFailures.isTransient(e) ? untilItPasses() : null);
        handler.setResetStateOnExceptionChange(true);
        handler.setRetryListeners((record, e, attempt) -> {
            if (InfrastructureFailures.isTransient(e) && (attempt == 1 || attempt % 10 == 0)) {
                log.warn("{} waits for the infrastructure at {}-{}@{} (attempt {}): {}", s.group(), record.topic(),
                        record.partition(), record.offset(), attempt, reason(e));
            }
        });
        return handler;
    }

    /** Retries every 200 ms at first, then less often, up to every 10 s, for as long as the failure lasts. */
    private static ExponentialBackOff untilItPasses() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(10_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }

    /** The innermost message, prefixed with its exception type: what an operator needs to act. */
    static String reason(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof ListenerExecutionFailedException || cause instanceof BatchListenerFailedException
                || cause.getMessage() == null) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    @Override
    public synchronized void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        containers.clear();
        if (deadLetterProducers != null) {
            deadLetterProducers.destroy();
            deadLetterProducers = null;
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200; // after the web server is up, stopped before the relay
    }
}
