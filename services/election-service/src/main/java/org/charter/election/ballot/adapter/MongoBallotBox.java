package org.charter.election.ballot.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.charter.election.ballot.BallotBox;
import org.charter.election.ballot.SealedBallot;

/**
 * {@code ballot_box}: one document per ballot, {@code _id} its receipt, holding the contest and
 * the ranking only: no member, no person, no time, no ObjectId (which would carry a time), and
 * read in receipt order (ADR 0017).
 */
class MongoBallotBox implements BallotBox {

    static final String COLLECTION = "ballot_box";

    private final MongoDatabase database;

    MongoBallotBox(MongoDatabase database) {
        this.database = database;
        ballots().createIndex(Indexes.ascending("contestId"));
    }

    @Override
    public void put(SealedBallot ballot) {
        try {
            ballots().insertOne(new Document("_id", ballot.receipt()).append("contestId", ballot.contestId())
                    .append("ranking", ballot.ranking()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // the same ballot again (a retry finishing an interrupted cast): already in the box
        }
    }

    @Override
    public List<SealedBallot> contents(String contestId) {
        List<SealedBallot> ballots = new ArrayList<>();
        for (Document doc : ballots().find(Filters.eq("contestId", contestId)).sort(Sorts.ascending("_id"))) {
            ballots.add(new SealedBallot(contestId, doc.getList("ranking", String.class, List.of()), doc.getString("_id")));
        }
        return ballots;
    }

    private MongoCollection<Document> ballots() {
        return database.getCollection(COLLECTION);
    }
}
