package org.charter.election.ballot.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.charter.election.ballot.Turnout;
import org.charter.election.ballot.Voter;
import org.charter.platform.aggregate.ReadModel;

/**
 * {@code contest_turnout}: per contest, the members the register lists ({@code $addToSet}, so a
 * state written twice changes nothing), written after each register append and again from every
 * register stream at start-up. Who voted, never how; read sorted by member id.
 */
class MongoTurnout implements ReadModel<Voter>, Turnout {

    static final String COLLECTION = "contest_turnout";

    private final MongoDatabase database;

    MongoTurnout(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public String name() {
        return COLLECTION;
    }

    @Override
    public void update(Voter voter) {
        if (!voter.hasVoted()) {
            return;
        }
        var filter = Filters.eq("_id", voter.id().contestId());
        var update = Updates.addToSet("voted", voter.id().member());
        try {
            documents().updateOne(filter, update, new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            documents().updateOne(filter, update);
        }
    }

    @Override
    public List<String> voted(String contestId) {
        Document doc = documents().find(Filters.eq("_id", contestId)).first();
        List<String> voted = new ArrayList<>(doc == null ? List.of() : doc.getList("voted", String.class, List.of()));
        voted.sort(null);
        return voted;
    }

    private MongoCollection<Document> documents() {
        return database.getCollection(COLLECTION);
    }
}
