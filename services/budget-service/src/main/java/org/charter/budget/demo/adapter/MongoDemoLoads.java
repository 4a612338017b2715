package org.charter.budget.demo.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.charter.budget.demo.DemoLoads;

/**
 * The demo loads in collection {@code demo_loads}, one document per load ({@code _id} its name),
 * inserted when it begins (the unique id makes the claim atomic), {@code finishedAt} once done.
 * Drop the document (or the data directory) to load again.
 */
class MongoDemoLoads implements DemoLoads {

    static final String COLLECTION = "demo_loads";

    private final MongoCollection<Document> loads;

    MongoDemoLoads(MongoDatabase database) {
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
