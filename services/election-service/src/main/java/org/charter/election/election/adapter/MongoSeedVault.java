package org.charter.election.election.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bson.Document;
import org.charter.election.election.SeedVault;

/**
 * The contests' secret seeds in {@code contest_seeds} (never in the event stream, which Kafka
 * publishes): 32 random bytes per contest, made once; the first insert wins a race.
 */
class MongoSeedVault implements SeedVault {

    static final String COLLECTION = "contest_seeds";

    private final MongoDatabase database;
    private final SecureRandom random = new SecureRandom();

    MongoSeedVault(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public String commit(String contestId) {
        return sha256Hex(reveal(contestId, true));
    }

    @Override
    public String reveal(String contestId) {
        return reveal(contestId, false);
    }

    private String reveal(String contestId, boolean make) {
        Document found = seeds().find(Filters.eq("_id", contestId)).first();
        if (found != null) {
            return found.getString("seed");
        }
        if (!make) {
            throw new IllegalStateException("contest " + contestId + " has no seed");
        }
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        try {
            seeds().insertOne(new Document("_id", contestId).append("seed", HexFormat.of().formatHex(seed)));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return seeds().find(Filters.eq("_id", contestId)).first().getString("seed");
    }

    static String sha256Hex(String seedHex) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(HexFormat.of().parseHex(seedHex)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private MongoCollection<Document> seeds() {
        return database.getCollection(COLLECTION);
    }
}
