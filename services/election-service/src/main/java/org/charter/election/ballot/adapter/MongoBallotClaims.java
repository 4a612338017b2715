package org.charter.election.ballot.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.charter.election.ballot.BallotClaims;

/**
 * {@code ballot_claims}: {@code {_id: claim id (a hash), sealed}}, nothing else (ADR 0067). The
 * unique {@code _id}, which MongoDB and mongo-java-server both enforce atomically on insert, decides
 * which claim of a round is filed.
 */
class MongoBallotClaims implements BallotClaims {

    static final String COLLECTION = "ballot_claims";

    private final MongoDatabase database;

    MongoBallotClaims(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<byte[]> find(String claimId) {
        return Optional.ofNullable(claims().find(Filters.eq("_id", claimId)).first())
                .map(doc -> doc.get("sealed", Binary.class).getData());
    }

    @Override
    public boolean claim(String claimId, byte[] sealed) {
        try {
            claims().insertOne(new Document("_id", claimId).append("sealed", new Binary(sealed)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    private MongoCollection<Document> claims() {
        return database.getCollection(COLLECTION);
    }
}
