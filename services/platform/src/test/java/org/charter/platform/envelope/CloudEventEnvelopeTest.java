package org.charter.platform.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.charter.platform.event.Actor;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.event.UnknownEventType;
import org.charter.platform.event.UnreadableEvent;
import org.charter.platform.sample.SampleEvents;
import org.charter.platform.sample.TicketOpened;
import org.junit.jupiter.api.Test;

class CloudEventEnvelopeTest {

    private final CloudEventEnvelope envelope = new CloudEventEnvelope(new EventJson(SampleEvents.TYPES));

    private final RecordedEvent event = new RecordedEvent(
            UUID.fromString("6f1c3c1e-9a57-4c1a-a1f7-2b0f3f0b6a11"), "charter.sample.TicketOpened.v1", "T-1", 3,
            Instant.parse("2026-03-01T10:15:30.123Z"), "corr-1", "cause-1", new Actor("alice", "delegate", "CA"),
            new TicketOpened("T-1", "Quorum", Instant.parse("2026-03-01T10:15:30Z")));

    @Test
    void a_recorded_event_goes_on_the_wire_as_binary_mode_headers_keyed_by_stream() {
        ProducerRecord<String, byte[]> record = CloudEventEnvelope.toProducerRecord("charter.sample.events",
                envelope.toCloudEvent(event, CloudEventEnvelope.sourceOf("sample")));

        assertThat(record.key()).isEqualTo("T-1");
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"ticketId\":\"T-1\",\"title\":\"Quorum\",\"openedAt\":\"2026-03-01T10:15:30Z\"}");
        assertThat(headers(record)).containsEntry("ce_id", "6f1c3c1e-9a57-4c1a-a1f7-2b0f3f0b6a11")
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "charter.sample.TicketOpened.v1")
                .containsEntry("ce_source", "/charter/sample")
                .containsEntry("ce_subject", "T-1")
                .containsEntry("ce_time", "2026-03-01T10:15:30.123Z")
                .containsEntry("ce_sequence", "3")
                .containsEntry("ce_correlationid", "corr-1")
                .containsEntry("ce_causationid", "cause-1")
                .containsEntry("ce_actorsubject", "alice")
                .containsEntry("ce_actorrole", "delegate")
                .containsEntry("ce_actormember", "CA")
                .containsEntry("content-type", "application/json");
    }

    @Test
    void what_goes_on_the_wire_reads_back_as_the_same_event() {
        ProducerRecord<String, byte[]> sent = CloudEventEnvelope.toProducerRecord("t",
                envelope.toCloudEvent(event, CloudEventEnvelope.sourceOf("sample")));

        assertThat(envelope.toRecordedEvent(received(sent.headers().toArray(), sent.value()))).isEqualTo(event);
    }

    @Test
    void optional_extensions_are_left_out_when_absent() {
        RecordedEvent bySystem = new RecordedEvent(event.id(), event.type(), "T-1", 1, event.time(), "c", null,
                Actor.SYSTEM, event.data());
        CloudEvent ce = envelope.toCloudEvent(bySystem, CloudEventEnvelope.sourceOf("sample"));

        assertThat(ce.getExtensionNames()).doesNotContain(CharterExtensions.CAUSATION_ID, CharterExtensions.ACTOR_MEMBER);
        assertThat(envelope.toRecordedEvent(ce)).isEqualTo(bySystem);
    }

    @Test
    void the_person_who_started_a_services_work_travels_as_the_initiator_extension_and_reads_back() {
        RecordedEvent forProcess = new RecordedEvent(event.id(), event.type(), "T-1", 1, event.time(), "c", null,
                new Actor("charter-workflow", "secretary", null).initiatedBy("sam.secretary"), event.data());
        ProducerRecord<String, byte[]> sent = CloudEventEnvelope.toProducerRecord("t",
                envelope.toCloudEvent(forProcess, CloudEventEnvelope.sourceOf("sample")));

        assertThat(headers(sent)).containsEntry("ce_initiator", "sam.secretary").containsEntry("ce_actorsubject", "charter-workflow");
        assertThat(envelope.toRecordedEvent(received(sent.headers().toArray(), sent.value()))).isEqualTo(forProcess);
        assertThat(envelope.toCloudEvent(event, CloudEventEnvelope.sourceOf("sample")).getExtensionNames())
                .doesNotContain(CharterExtensions.INITIATOR);
    }

    @Test
    void a_record_without_cloudevents_headers_is_unreadable() {
        assertThatThrownBy(() -> envelope.toRecordedEvent(received(new Header[0], "{}".getBytes())))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("is not a CloudEvent");
    }

    @Test
    void a_missing_charter_extension_is_named() {
        ProducerRecord<String, byte[]> sent = CloudEventEnvelope.toProducerRecord("t",
                envelope.toCloudEvent(event, CloudEventEnvelope.sourceOf("sample")));
        sent.headers().remove("ce_sequence");

        assertThatThrownBy(() -> envelope.toRecordedEvent(received(sent.headers().toArray(), sent.value())))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("'sequence'");
    }

    @Test
    void an_unknown_type_is_told_apart_from_a_broken_event() {
        RecordedEvent newer = new RecordedEvent(event.id(), "charter.sample.TicketOpened.v2", "T-1", 1, event.time(),
                "c", null, Actor.SYSTEM, event.data());
        CloudEvent ce = envelope.toCloudEvent(newer, CloudEventEnvelope.sourceOf("sample"));

        assertThatThrownBy(() -> envelope.toRecordedEvent(ce)).isInstanceOf(UnknownEventType.class);
    }

    private static ConsumerRecord<String, byte[]> received(Header[] headers, byte[] value) {
        return new ConsumerRecord<>("t", 0, 0, 0, TimestampType.CREATE_TIME, 0, value.length, "T-1", value,
                new RecordHeaders(headers), java.util.Optional.empty());
    }

    private static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        Map<String, String> map = new HashMap<>();
        record.headers().forEach(h -> map.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return map;
    }
}
