package org.charter.platform.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Exactly-once updates of read-model documents that follow one stream each: the document keeps
 * the last applied sequence in {@value #VERSION}, and an update is one single-document write
 * conditioned on it, so applying an event a second time (a redelivery after a crash, a rebuild
 * racing the live feed) changes nothing.
 */
public final class ProjectionDocuments {

    public static final String VERSION = "version";

    private ProjectionDocuments() {
    }

    /**
     * Applies {@code update} to document {@code id} (creating it if absent) unless it already
     * reflects {@code sequence}. Returns whether it changed anything.
     */
    public static boolean applyOnce(MongoCollection<Document> collection, Object id, long sequence, Bson update) {
        try {
            var result = collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.lt(VERSION, sequence)),
                    Updates.combine(update, Updates.set(VERSION, sequence)), new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // the document is at this sequence or beyond: the upsert collided with it
            }
            throw e;
        }
    }
}
