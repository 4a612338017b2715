package org.charter.membership.collaborative.adapter;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.charter.membership.collaborative.CollaborativeEvent;
import org.charter.membership.collaborative.CollaborativeEvent.CollaborativeCreated;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.projection.Projection;

/** Read model: which collaboratives exist (their enrolments are read from each one's stream). */
class CollaborativeDirectory implements Projection {

    private final MongoCollection<Document> collection;

    CollaborativeDirectory(MongoDatabase database) {
        this.collection = database.getCollection("collaborative_directory");
    }

    @Override
    public String name() {
        return "collaborative-directory";
    }

    @Override
    public void reset() {
        collection.deleteMany(new Document());
    }

    @Override
    public void apply(RecordedEvent event) {
        if (!(event.data() instanceof CollaborativeEvent collaborativeEvent)) {
            return;
        }
        String id = collaborativeEvent.collaborativeId();
        try {
            if (collaborativeEvent instanceof CollaborativeCreated created) {
                Document doc = new Document("_id", id).append("version", event.sequence())
                        .append("name", created.name()).append("description", created.description());
                collection.replaceOne(and(eq("_id", id), lt("version", event.sequence())), doc,
                        new ReplaceOptions().upsert(true));
            } else {
                collection.updateOne(and(eq("_id", id), lt("version", event.sequence())),
                        new Document("$set", new Document("version", event.sequence())));
            }
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    List<Listed> all() {
        List<Listed> listed = new ArrayList<>();
        for (Document doc : collection.find().sort(Sorts.ascending("_id"))) {
            listed.add(new Listed(doc.getString("_id"), doc.getString("name"), doc.getString("description")));
        }
        return listed;
    }

    boolean isEmpty() {
        return collection.countDocuments() == 0;
    }

    record Listed(String id, String name, String description) {
    }
}
