package org.charter.election.ballot.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.charter.election.ballot.BallotAnswers;

/** {@code ballot_answers}: sealed answers under their slot (a hash), nothing else (ADR 0017). */
class MongoBallotAnswers implements BallotAnswers {

    static final String COLLECTION = "ballot_answers";

    private final MongoDatabase database;

    MongoBallotAnswers(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<byte[]> find(String slot) {
        return Optional.ofNullable(answers().find(Filters.eq("_id", slot)).first())
                .map(doc -> doc.get("sealed", Binary.class).getData());
    }

    @Override
    public boolean claim(String slot, byte[] sealed) {
        try {
            answers().insertOne(new Document("_id", slot).append("sealed", new Binary(sealed)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    @Override
    public void replace(String slot, byte[] sealed) {
        answers().updateOne(Filters.eq("_id", slot), Updates.set("sealed", new Binary(sealed)));
    }

    private MongoCollection<Document> answers() {
        return database.getCollection(COLLECTION);
    }
}
