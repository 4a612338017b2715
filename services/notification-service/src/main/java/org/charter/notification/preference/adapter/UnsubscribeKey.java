package org.charter.notification.preference.adapter;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.security.SecureRandom;
import java.util.Base64;
import org.bson.Document;

/**
 * The key unsubscribe links are signed with: the configured one, or else one made at the first
 * start and kept in the service's database (one atomic upsert, so two instances starting together
 * agree), so that links in messages already sent still work after a restart.
 */
final class UnsubscribeKey {

    private static final String COLLECTION = "keys";
    private static final String ID = "unsubscribe";

    private UnsubscribeKey() {
    }

    static byte[] of(String configured, MongoDatabase database) {
        if (configured != null && !configured.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configured.trim());
            if (key.length < 32) {
                throw new IllegalStateException("charter.notification.unsubscribe-key: at least 32 bytes, base64");
            }
            return key;
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Document kept = database.getCollection(COLLECTION).findOneAndUpdate(Filters.eq("_id", ID),
                Updates.setOnInsert("key", Base64.getEncoder().encodeToString(fresh)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return Base64.getDecoder().decode(kept.getString("key"));
    }
}
