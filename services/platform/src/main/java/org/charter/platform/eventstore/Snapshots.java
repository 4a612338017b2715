package org.charter.platform.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.bson.Document;
import org.charter.platform.aggregate.SnapshotStore;
import org.charter.platform.event.EventJson;

/**
 * Optional snapshots of aggregate state, one per stream ({@code _id} = stream id), so a long
 * stream loads as snapshot + {@link EventStore#load(String, long) tail}. A snapshot is a cache:
 * losing it changes nothing but load time, so a stale or failed save is harmless.
 */
public final class Snapshots implements SnapshotStore {

    public static final String COLLECTION = "snapshots";

    private final MongoCollection<Document> snapshots;
    private final ObjectMapper mapper = EventJson.newMapper();

    public Snapshots(MongoDatabase database) {
        this.snapshots = database.getCollection(COLLECTION);
    }

    @Override
    public void save(String streamId, long version, Object state) {
        try {
            Document doc = new Document("_id", streamId).append("version", version)
                    .append("type", state.getClass().getName())
                    .append("state", mapper.writeValueAsString(state));
            // never replace a newer snapshot with an older one
            snapshots.replaceOne(Filters.and(Filters.eq("_id", streamId), Filters.lt("version", version)), doc,
                    new ReplaceOptions().upsert(true));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write snapshot of " + state.getClass().getName(), e);
        } catch (com.mongodb.MongoWriteException e) {
            // a newer snapshot exists (the upsert collided with it): keep that one
        }
    }

    @Override
    public <T> Optional<Snapshot<T>> load(String streamId, Class<T> type) {
        Document d = snapshots.find(Filters.eq("_id", streamId)).first();
        if (d == null || !type.getName().equals(d.getString("type"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Snapshot<>(streamId, ((Number) d.get("version")).longValue(),
                    mapper.readValue(d.getString("state"), type)));
        } catch (JsonProcessingException e) {
            return Optional.empty(); // a snapshot of an older shape: load from the events instead
        }
    }
}
