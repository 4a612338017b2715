package org.charter.election.ballot.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.election.ballot.BallotBox;
import org.charter.election.ballot.SealedBallot;

/**
 * {@code ballot_box}: one slot per member of the contest's electorate, allocated before the first
 * ballot with a random {@code _id} (16 random bytes), so the collection's natural order and its
 * ids are fixed before anyone casts. A free slot is {@code {_id, freeIn: contest}}; a ballot fills
 * one chosen at random with a single-document atomic update that makes it
 * {@code {_id, contestId, ranking, receipt}}, and the unique sparse index on {@code receipt} makes a
 * second fill of the same ballot impossible. A slot has no member, no person, no time, no ObjectId,
 * and its place in the collection says nothing of when it was filled (ADR 0065). Read in receipt
 * order.
 */
class MongoBallotBox implements BallotBox {

    static final String COLLECTION = "ballot_box";
    private static final int ID_BYTES = 16;
    private static final int FILL_ATTEMPTS = 64;

    private final MongoDatabase database;
    private final Random random;
    private final Set<String> provided = ConcurrentHashMap.newKeySet();

    MongoBallotBox(MongoDatabase database, Random random) {
        this.database = database;
        this.random = random;
        ballots().createIndex(Indexes.ascending("contestId"));
        ballots().createIndex(Indexes.ascending("receipt"), new IndexOptions().unique(true).sparse(true));
    }

    @Override
    public void provide(String contestId, int slots) {
        if (provided.contains(contestId)) {
            return;
        }
        synchronized (provided) {
            if (provided.contains(contestId)) {
                return;
            }
            long existing = ballots().countDocuments(Filters.eq("freeIn", contestId))
                    + ballots().countDocuments(Filters.eq("contestId", contestId));
            List<Document> fresh = new ArrayList<>();
            for (long i = existing; i < slots; i++) {
                fresh.add(new Document("_id", randomId()).append("freeIn", contestId));
            }
            if (!fresh.isEmpty()) {
                ballots().insertMany(fresh);
            }
            provided.add(contestId);
        }
    }

    @Override
    public void put(SealedBallot ballot) {
        if (ballots().find(Filters.eq("receipt", ballot.receipt())).first() != null) {
            return; // the same ballot again (a retry finishing an interrupted cast): already in the box
        }
        Bson fill = Updates.combine(Updates.unset("freeIn"), Updates.set("contestId", ballot.contestId()),
                Updates.set("ranking", ballot.ranking()), Updates.set("receipt", ballot.receipt()));
        for (int attempt = 0; attempt < FILL_ATTEMPTS; attempt++) {
            List<String> free = freeSlots(ballot.contestId());
            if (free.isEmpty()) {
                throw new IllegalStateException("no free ballot slot in " + ballot.contestId()
                        + ": more ballots than members in its electorate");
            }
            String slot = free.get(random.nextInt(free.size()));
            try {
                if (ballots().updateOne(Filters.and(Filters.eq("_id", slot), Filters.eq("freeIn", ballot.contestId())),
                        fill).getModifiedCount() == 1) {
                    return;
                }
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                return; // filled meanwhile by a concurrent retry of the same ballot
            }
            // another ballot took this slot meanwhile: choose again
        }
        throw new IllegalStateException("could not find a free ballot slot in " + ballot.contestId()
                + " after " + FILL_ATTEMPTS + " attempts; send the ballot again");
    }

    @Override
    public List<SealedBallot> contents(String contestId) {
        List<SealedBallot> ballots = new ArrayList<>();
        for (Document doc : ballots().find(Filters.eq("contestId", contestId))) {
            // a box written before ADR 0065 keyed each ballot by its receipt and had no receipt field
            String receipt = doc.getString(doc.containsKey("receipt") ? "receipt" : "_id");
            ballots.add(new SealedBallot(contestId, doc.getList("ranking", String.class, List.of()), receipt));
        }
        ballots.sort(Comparator.comparing(SealedBallot::receipt));
        return ballots;
    }

    private List<String> freeSlots(String contestId) {
        List<String> free = new ArrayList<>();
        for (Document doc : ballots().find(Filters.eq("freeIn", contestId)).projection(Projections.include("_id"))) {
            free.add(doc.getString("_id"));
        }
        return free;
    }

    private String randomId() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private MongoCollection<Document> ballots() {
        return database.getCollection(COLLECTION);
    }
}
