package org.charter.audit.replay.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.charter.audit.replay.Governance;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.audit.replay.ReplayKinds;
import org.charter.audit.replay.Replaying;
import org.charter.audit.replay.Script;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.kafka.EventTopics;
import org.junit.jupiter.api.Test;

/**
 * Replay from the topics streams the records: a topic is pulled only as far as replay has read
 * it, once, and what replay keeps is its aggregate's events, whatever the topic's size.
 */
class TopicHistoryStreamingTest {

    private static final String TOPIC = EventTopics.of("committee");
    /** Records of other motions before, between and after the replayed motion's own. */
    private static final int OTHER_STREAMS_RECORDS = 200_000;

    private final Script script = Governance.script(StateJson::of);
    private final List<HistoricalEvent> committee = script.events().stream()
            .filter(e -> e.type().startsWith("charter.committee.")).toList();

    @Test
    void the_topic_is_pulled_record_by_record_as_the_history_is_read_not_gathered_first() {
        GeneratedTopic topic = new GeneratedTopic(committee, 1_000);
        TopicHistory history = new TopicHistory(topic);

        try (Stream<HistoricalEvent> events = history.all("committee")) {
            assertThat(topic.pulled.get()).as("records pulled before anything is read").isZero();
            Iterator<HistoricalEvent> reading = events.iterator();
            for (int read = 1; read <= 5; read++) {
                reading.next();
                assertThat(topic.pulled.get()).as("records pulled once " + read + " events were read").isEqualTo(read);
            }
        }
        assertThat(topic.closed).as("the reading (its consumer) is closed with the stream").isTrue();
    }

    @Test
    void a_motion_replayed_from_a_large_topic_read_once_equals_the_state_the_service_held() {
        GeneratedTopic topic = new GeneratedTopic(committee, OTHER_STREAMS_RECORDS);
        AtomicInteger stepped = new AtomicInteger();
        TopicHistory history = new TopicHistory(topic, stepped::incrementAndGet);

        Object replayed = StateJson.of(new Replaying(new ReplayKinds())
                .replay("motion", Governance.MOTION, Governance.JUN, history).state());

        assertThat(replayed).isEqualTo(script.stateAt("motion", Governance.MOTION, Governance.JUN));
        assertThat(topic.pulled.get()).isEqualTo(OTHER_STREAMS_RECORDS + committee.size());
        assertThat(topic.streams.get()).as("the topic is read once").isEqualTo(1);
        assertThat(stepped.get()).as("the progress bar steps once a record").isEqualTo(topic.pulled.get());
        assertThat(topic.closed).isTrue();
    }

    /**
     * A committee topic made as it is read: the history's own events, each after a share of other
     * motions' records (never all in memory: each is built when pulled and dropped by the reader).
     */
    private static final class GeneratedTopic implements TopicRecords {

        private final List<HistoricalEvent> own;
        private final int others;
        final AtomicInteger pulled = new AtomicInteger();
        final AtomicInteger streams = new AtomicInteger();
        volatile boolean closed;

        GeneratedTopic(List<HistoricalEvent> own, int others) {
            this.own = own;
            this.others = others;
        }

        @Override
        public long size(List<String> topics) {
            return own.size() + (long) others;
        }

        @Override
        public Stream<ConsumerRecord<String, byte[]>> stream(List<String> topics) {
            assertThat(topics).containsExactly(TOPIC);
            streams.incrementAndGet();
            int total = own.size() + others;
            int every = Math.max(1, total / Math.max(1, own.size()));
            Iterator<ConsumerRecord<String, byte[]>> records = new Iterator<>() {
                private int offset;
                private int ownSent;

                @Override
                public boolean hasNext() {
                    return offset < total;
                }

                @Override
                public ConsumerRecord<String, byte[]> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    pulled.incrementAndGet();
                    int remainingOwn = own.size() - ownSent;
                    boolean sendOwn = remainingOwn > 0 && (offset % every == every - 1 || total - offset == remainingOwn);
                    HistoricalEvent event = sendOwn ? own.get(ownSent++) : other(offset);
                    return record(event, offset++);
                }
            };
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false)
                    .onClose(() -> closed = true);
        }

        private static HistoricalEvent other(int offset) {
            return new HistoricalEvent(new java.util.UUID(0x07E4, offset).toString(), "charter.committee.MotionProposed.v1",
                    "motion-m-other" + (offset % 997), Governance.FEB, 1, "{}");
        }

        private static ConsumerRecord<String, byte[]> record(HistoricalEvent event, long offset) {
            CloudEvent cloudEvent = CloudEventBuilder.v1().withId(event.eventId()).withSource(URI.create("/charter/committee"))
                    .withType(event.type()).withSubject(event.subject()).withTime(event.time().atOffset(ZoneOffset.UTC))
                    .withExtension("sequence", Long.toString(event.sequence()))
                    .withData(CloudEventEnvelope.JSON, event.data().getBytes(StandardCharsets.UTF_8)).build();
            ProducerRecord<String, byte[]> produced = CloudEventEnvelope.toProducerRecord(TOPIC, cloudEvent);
            return new ConsumerRecord<>(TOPIC, 0, offset, Instant.EPOCH.toEpochMilli(), TimestampType.CREATE_TIME, -1, -1,
                    produced.key(), produced.value(), produced.headers(), Optional.empty());
        }
    }
}
