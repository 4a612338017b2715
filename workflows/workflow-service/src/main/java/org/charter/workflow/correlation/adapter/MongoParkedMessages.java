package org.charter.workflow.correlation.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.charter.platform.readmodel.SortableInstants;
import org.charter.workflow.correlation.ProcessMessage;
import org.charter.workflow.correlation.ParkedMessages;

/** Parked messages in the workflow's database, collection {@code parked_messages}, one document per event id. */
final class MongoParkedMessages implements ParkedMessages {

    private final MongoCollection<Document> parked;
    private final Clock clock;

    MongoParkedMessages(MongoDatabase database, Clock clock) {
        this.parked = database.getCollection("parked_messages");
        this.parked.createIndex(Indexes.ascending("businessKey"));
        this.clock = clock;
    }

    @Override
    public void park(String eventId, ProcessMessage message) {
        Document document = new Document("_id", eventId)
                .append("message", message.name())
                .append("keyVariable", message.keyVariable())
                .append("businessKey", message.businessKey())
                .append("matchVariable", message.matchVariable())
                .append("matchValue", message.matchValue())
                .append("variables", new Document(message.variables()))
                .append("parkedAt", SortableInstants.format(clock.instant()));
        try {
            parked.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    public List<Parked> of(String businessKey) {
        List<Parked> found = new ArrayList<>();
        for (Document d : parked.find(Filters.eq("businessKey", businessKey)).sort(Sorts.ascending("parkedAt"))) {
            Map<String, Object> variables = d.get("variables", Document.class);
            found.add(new Parked(d.getString("_id"), messageOf(d, variables)));
        }
        return found;
    }

    /** A parked message; one parked before messages named their variables is a committee fact (motion, poll). */
    private static ProcessMessage messageOf(Document d, Map<String, Object> variables) {
        if (d.containsKey("keyVariable")) {
            return new ProcessMessage(d.getString("message"), d.getString("keyVariable"), d.getString("businessKey"),
                    d.getString("matchVariable"), d.getString("matchValue"), variables);
        }
        String pollId = d.getString("pollId");
        return new ProcessMessage(d.getString("message"), ProcessMessage.MOTION, d.getString("businessKey"),
                pollId == null ? null : "pollId", pollId, variables);
    }

    @Override
    public List<String> businessKeys(int limit) {
        var keys = new LinkedHashSet<String>();
        for (Document d : parked.find().projection(new Document("businessKey", 1)).limit(limit)) {
            keys.add(d.getString("businessKey"));
        }
        return List.copyOf(keys);
    }

    @Override
    public void delivered(String eventId) {
        parked.deleteOne(Filters.eq("_id", eventId));
    }
}
