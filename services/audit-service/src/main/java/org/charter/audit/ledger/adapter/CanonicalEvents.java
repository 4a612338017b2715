package org.charter.audit.ledger.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.charter.audit.ledger.IncomingEvent;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.UnreadableEvent;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The canonical form of a Kafka record's event: the CloudEvents JSON event format (its attributes,
 * extensions and {@code data} as JSON, or {@code data_base64} when the data is not JSON),
 * canonicalised by RFC 8785 (JCS). Any tool can rebuild it from the record's {@code ce_*} headers
 * and value; the ledger stores and hashes these exact bytes.
 */
public final class CanonicalEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CanonicalEvents() {
    }

    /** Reads a record; {@link UnreadableEvent} when it is not a CloudEvent. */
    public static IncomingEvent read(ConsumerRecord<?, byte[]> record) {
        CloudEvent event = CloudEventEnvelope.fromKafka(record);
        UUID id;
        try {
            id = UUID.fromString(event.getId());
        } catch (IllegalArgumentException e) {
            throw new UnreadableEvent("record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " has an event id that is not a UUID: " + event.getId(), e);
        }
        return new IncomingEvent(id, record.topic(), record.partition(), record.offset(), event.getType(),
                event.getSubject(), event.getTime() == null ? null : event.getTime().toInstant(), canonical(event));
    }

    static String canonical(CloudEvent event) {
        ObjectNode attributes = JSON.createObjectNode();
        attributes.put("specversion", event.getSpecVersion().toString());
        attributes.put("id", event.getId());
        attributes.put("source", event.getSource().toString());
        attributes.put("type", event.getType());
        if (event.getSubject() != null) {
            attributes.put("subject", event.getSubject());
        }
        if (event.getTime() != null) {
            attributes.put("time", event.getTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        if (event.getDataContentType() != null) {
            attributes.put("datacontenttype", event.getDataContentType());
        }
        if (event.getDataSchema() != null) {
            attributes.put("dataschema", event.getDataSchema().toString());
        }
        for (String name : new TreeSet<>(event.getExtensionNames())) {
            attributes.put(name, String.valueOf(event.getExtension(name)));
        }
        byte[] data = event.getData() == null ? null : event.getData().toBytes();
        try {
            String head = JSON.writeValueAsString(attributes);
            if (data == null) {
                return new JsonCanonicalizer(head).getEncodedString();
            }
            String withData = head.substring(0, head.length() - 1) + ",\"data\":" + new String(data, StandardCharsets.UTF_8) + "}";
            try {
                return new JsonCanonicalizer(withData).getEncodedString();
            } catch (IOException | RuntimeException notJson) {
                attributes.put("data_base64", Base64.getEncoder().encodeToString(data));
                return new JsonCanonicalizer(JSON.writeValueAsString(attributes)).getEncodedString();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attributes always serialise", e);
        } catch (IOException e) {
            throw new UnreadableEvent("event " + event.getId() + " cannot be canonicalised: " + e.getMessage(), e);
        }
    }
}
