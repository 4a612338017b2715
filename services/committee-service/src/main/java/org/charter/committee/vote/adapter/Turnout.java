package org.charter.committee.vote.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;
import org.charter.committee.poll.PollId;
import org.charter.committee.vote.Vote;
import org.charter.platform.aggregate.ReadModel;

/**
 * The running count of a poll: one document per poll listing the members that have answered
 * ({@code $addToSet}, so a state written twice or out of order changes nothing), written right
 * after each vote's append. {@code cast} is its length: reading it is one document, never a scan
 * of the votes. It says who answered, never how.
 */
public class Turnout implements ReadModel<Vote> {

    static final String COLLECTION = "poll_turnout";

    private final MongoDatabase database;

    public Turnout(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public String name() {
        return COLLECTION;
    }

    @Override
    public void update(Vote vote) {
        if (vote.ballots().isEmpty()) {
            return;
        }
        var filter = Filters.eq("_id", vote.id().poll().value());
        var update = Updates.addToSet("voters", vote.id().member());
        try {
            documents().updateOne(filter, update, new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // two first votes of a poll upserted at once: the document exists now
            documents().updateOne(filter, update);
        }
    }

    /** The members that have answered the poll, in the order they first did. */
    public List<String> voters(PollId poll) {
        Document doc = documents().find(Filters.eq("_id", poll.value())).first();
        return doc == null ? List.of() : doc.getList("voters", String.class, List.of());
    }

    private MongoCollection<Document> documents() {
        return database.getCollection(COLLECTION);
    }
}
