package org.charter.platform.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.charter.platform.demo.DemoLoads;

/**
 * The demo loads in collection {@code demo_loads}, one document per load ({@code _id} its name):
 * inserted when the load begins (the unique id makes the claim atomic), {@code finishedAt} and the
 * ids produced once it is done. A load interrupted half-way stays claimed: a restart does not add
 * a second copy of the half it did; drop the document (or the data directory) to load again.
 */
public final class MongoDemoLoads implements DemoLoads {

    public static final String COLLECTION = "demo_loads";

    private final MongoCollection<Document> loads;

    public MongoDemoLoads(MongoDatabase database) {
        this.loads = database.getCollection(COLLECTION);
    }

    @Override
    public boolean claim(String name, Instant at) {
        try {
            loads.insertOne(new Document("_id", name).append("startedAt", at.toString()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void finished(String name, Map<String, String> produced, Instant at) {
        loads.updateOne(Filters.eq("_id", name), Updates.combine(Updates.set("finishedAt", at.toString()),
                Updates.set("produced", new Document(Map.copyOf(produced)))));
    }
}
