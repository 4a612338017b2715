package org.charter.notification.delivery.adapter;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.notification.delivery.DeliveryKey;
import org.charter.notification.delivery.DeliveryLog;
import org.charter.notification.delivery.DeliveryStatus;
import org.charter.notification.notice.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery log: one document per (event, recipient, channel), its id the key itself, created
 * by one atomic upsert before the message goes, so a redelivery finds it. Also what secretaries
 * and auditors read. {@code charter.notification.repeated} counts the messages sent again after
 * a stop between sending and recording (ADR 0018); an undeliverable notice ({@code NO_ADDRESS},
 * {@code NO_RECIPIENT}) is logged as a warning with what to fix, once (when recorded), and counted
 * by {@code charter.notification.undeliverable}, tagged with its status.
 */
class MongoDeliveryLog implements DeliveryLog {

    static final String COLLECTION = "deliveries";
    private static final Logger LOG = LoggerFactory.getLogger(MongoDeliveryLog.class);

    private final MongoCollection<Document> deliveries;
    private final Counter repeated;
    private final MeterRegistry meters;

    MongoDeliveryLog(MongoDatabase database, MeterRegistry meters) {
        this.deliveries = database.getCollection(COLLECTION);
        this.deliveries.createIndex(Indexes.ascending("pollId", "createdAt"));
        this.deliveries.createIndex(Indexes.ascending("recipient", "createdAt"));
        this.meters = meters;
        this.repeated = Counter.builder("charter.notification.repeated")
                .description("messages sent again because the service stopped between sending and recording").register(meters);
    }

    @Override
    public Optional<DeliveryStatus> begin(DeliveryKey key, Notice notice, Instant at) {
        Bson onInsert = Updates.combine(
                Updates.setOnInsert("eventId", key.eventId().toString()),
                Updates.setOnInsert("eventType", notice.eventType()),
                Updates.setOnInsert("recipient", key.recipient()),
                Updates.setOnInsert("channel", key.channel().name()),
                Updates.setOnInsert("kind", notice.kind().name()),
                Updates.setOnInsert("memberId", notice.recipient().memberId()),
                Updates.setOnInsert("role", notice.recipient().role().name()),
                Updates.setOnInsert("pollId", notice.subject()),
                Updates.setOnInsert("status", DeliveryStatus.ATTEMPTING.name()),
                Updates.setOnInsert("createdAt", at.toString()));
        Document before = deliveries.findOneAndUpdate(Filters.eq("_id", key.id()), onInsert,
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return before == null ? Optional.empty() : Optional.of(DeliveryStatus.valueOf(before.getString("status")));
    }

    @Override
    public void finish(DeliveryKey key, DeliveryStatus status, boolean repeat, String detail, Instant at) {
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("status", status.name()), Updates.set("updatedAt", at.toString())));
        if (detail != null) {
            updates.add(Updates.set("detail", detail));
        }
        if (repeat) {
            updates.add(Updates.set("repeated", true));
            repeated.increment();
        }
        deliveries.updateOne(Filters.eq("_id", key.id()), Updates.combine(updates));
        if (status.undeliverable()) {
            Counter.builder("charter.notification.undeliverable").description("notices recorded as not deliverable, by why")
                    .tag("status", status.name()).register(meters).increment();
            LOG.warn("{} notice of event {} to {} not sent ({}): {}", key.channel(), key.eventId(), key.recipient(), status, detail);
        }
    }

    /** The log, newest first, filtered on what is given. */
    List<Document> find(String pollId, String recipient, String eventId, DeliveryStatus status, int page, int size) {
        return deliveries.find(filter(pollId, recipient, eventId, status)).sort(Sorts.descending("createdAt")).skip(page * size)
                .limit(size).into(new ArrayList<>());
    }

    long count(String pollId, String recipient, String eventId, DeliveryStatus status) {
        return deliveries.countDocuments(filter(pollId, recipient, eventId, status));
    }

    private static Bson filter(String pollId, String recipient, String eventId, DeliveryStatus status) {
        List<Bson> filters = new ArrayList<>();
        if (pollId != null) {
            filters.add(Filters.eq("pollId", pollId));
        }
        if (recipient != null) {
            filters.add(Filters.eq("recipient", recipient));
        }
        if (eventId != null) {
            filters.add(Filters.eq("eventId", eventId));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }
}
