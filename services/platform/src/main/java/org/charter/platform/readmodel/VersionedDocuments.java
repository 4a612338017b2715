package org.charter.platform.readmodel;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The one versioned write of read models: a document that follows one stream keeps the version
 * it reflects in {@value #VERSION}, and a write is a single-document upsert conditioned on that
 * version being older. Applying the same event or state twice (a redelivery after a crash, a
 * rebuild racing the live feed, two commands' states arriving out of order) changes nothing.
 */
public final class VersionedDocuments {

    public static final String VERSION = "version";

    private VersionedDocuments() {
    }

    /**
     * Replaces document {@code id} by {@code document} (creating it if absent) unless it already
     * reflects {@code version} or a later one. Returns whether it wrote.
     */
    public static boolean replaceIfNewer(MongoCollection<Document> collection, Object id, long version,
                                         Document document) {
        Document stored = new Document(document).append("_id", id).append(VERSION, version);
        return ignoringNewer(() -> {
            var result = collection.replaceOne(olderThan(id, version), stored, new ReplaceOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        });
    }

    /**
     * Replaces document {@code id} by {@code document} unless it reflects a later version than
     * {@code version}: a rebuild rewrites what it recomputed, never what a command wrote after it.
     */
    public static boolean replaceUnlessNewer(MongoCollection<Document> collection, Object id, long version,
                                             Document document) {
        Document stored = new Document(document).append("_id", id).append(VERSION, version);
        return ignoringNewer(() -> {
            var result = collection.replaceOne(Filters.and(Filters.eq("_id", id), Filters.lte(VERSION, version)), stored,
                    new ReplaceOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        });
    }

    /**
     * Applies {@code update} to document {@code id} (creating it if absent) unless it already
     * reflects {@code sequence}: for read models fed event by event. Returns whether it wrote.
     */
    public static boolean applyOnce(MongoCollection<Document> collection, Object id, long sequence, Bson update) {
        return ignoringNewer(() -> {
            var result = collection.updateOne(olderThan(id, sequence), Updates.combine(update, Updates.set(VERSION, sequence)),
                    new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        });
    }

    private static Bson olderThan(Object id, long version) {
        return Filters.and(Filters.eq("_id", id), Filters.lt(VERSION, version));
    }

    private static boolean ignoringNewer(java.util.function.BooleanSupplier write) {
        try {
            return write.getAsBoolean();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // the document is at this version or beyond: the upsert collided with it
            }
            throw e;
        }
    }
}
