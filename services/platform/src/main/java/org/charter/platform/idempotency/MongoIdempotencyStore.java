package org.charter.platform.idempotency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys in the service's own database, collection {@code idempotency_keys}, {@code _id} = the
 * subject-scoped key. Claiming is an insert: the unique {@code _id} makes exactly one of two
 * concurrent requests win, on MongoDB and on mongo-java-server alike (no transactions needed).
 * Expiry is checked on read and purged by exact keys or creation time, as mongo-java-server has
 * no TTL indexes.
 */
public class MongoIdempotencyStore implements IdempotencyStore {

    public static final String COLLECTION = "idempotency_keys";

    private static final String HASH = "requestHash";
    private static final String CREATED_AT = "createdAt";
    private static final String COMPLETED_AT = "completedAt";
    private static final String STATUS = "status";
    private static final String HEADERS = "headers";
    private static final String BODY = "body";

    private static final Logger log = LoggerFactory.getLogger(MongoIdempotencyStore.class);

    private final MongoCollection<Document> keys;

    public MongoIdempotencyStore(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
    }

    /**
     * Also lets a real MongoDB expire keys by itself (TTL index on {@code createdAt}). Where the
     * server has no TTL support, or an index with another retention exists, the periodic purge
     * still does the job, so a refusal is only logged.
     */
    public MongoIdempotencyStore(MongoDatabase database, Duration retention) {
        this(database);
        try {
            keys.createIndex(Indexes.ascending(CREATED_AT), new IndexOptions().name("createdAt_ttl")
                    .expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
        } catch (RuntimeException e) {
            log.warn("No TTL index on {} ({}); expired keys are purged periodically instead", COLLECTION,
                            e.getMessage());
        }
    }

    @Override
    public Optional<IdempotencyRecord> claim(String id, String requestHash, Instant now) {
        try {
            keys.insertOne(new Document("_id", id).append(HASH, requestHash).append(CREATED_AT, Date.from(now)));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document existing = keys.find(eq("_id", id)).first();
        if (existing == null) {
            // released between our insert and our read: report it as just expired so the caller retries
            return Optional.of(new IdempotencyRecord(id, requestHash, Instant.EPOCH, null));
        }
        return Optional.of(toRecord(existing));
    }

    @Override
    public void complete(String id, StoredResponse response, Instant now) {
        Document headers = new Document();
        response.headers().forEach(headers::append);
        keys.updateOne(eq("_id", id), Updates.combine(
                Updates.set(STATUS, response.status()),
                Updates.set(HEADERS, headers),
                Updates.set(BODY, new Binary(response.body())),
                Updates.set(COMPLETED_AT, Date.from(now))));
    }

    @Override
    public void release(String id) {
        keys.deleteOne(and(eq("_id", id), eq(STATUS, null)));
    }

    @Override
    public void discard(IdempotencyRecord record) {
        if (Instant.EPOCH.equals(record.createdAt())) {
            return;
        }
        keys.deleteOne(and(eq("_id", record.id()), eq(CREATED_AT, Date.from(record.createdAt()))));
    }

    @Override
    public long purgeCreatedBefore(Instant cutoff) {
        return keys.deleteMany(lt(CREATED_AT, Date.from(cutoff))).getDeletedCount();
    }

    private static IdempotencyRecord toRecord(Document document) {
        Instant createdAt = document.getDate(CREATED_AT).toInstant();
        Integer status = document.getInteger(STATUS);
        if (status == null) {
            return new IdempotencyRecord(document.getString("_id"), document.getString(HASH), createdAt, null);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Document stored = document.get(HEADERS, Document.class);
        if (stored != null) {
            stored.forEach((name, values) -> headers.put(name, ((List<?>) values).stream().map(String::valueOf).toList()));
        }
        byte[] body = document.get(BODY, Binary.class).getData();
        return new IdempotencyRecord(document.getString("_id"), document.getString(HASH), createdAt,
                new StoredResponse(status, headers, body));
    }
}
