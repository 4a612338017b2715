package org.charter.election.ballot.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.election.ballot.BallotBox;
import org.charter.election.ballot.SealedBallot;

/**
 * {@code ballot_box}: one slot per member of the contest's electorate, allocated before the first
 * ballot, so the collection's natural order and its ids are fixed before anyone casts (ADR 0065).
 * A free slot is {@code {_id, freeIn: contest}}; a ballot fills the one its claim names with a
 * single-document atomic update that makes it {@code {_id, contestId, ranking, receipt}}
 * (ADR 0067). A slot has no member, no person, no time, no ObjectId, and its place in the
 * collection says nothing of when it was filled. The unique sparse index on {@code receipt} stays
 * as a second guard against a ballot in two slots. Read in receipt order.
 * <p>
 * The slots' ids are fixed by the contest: the {@code i}-th is the first 16 bytes of
 * {@code SHA-256("charter-ballot-box-slot/1\n" ‖ contest ‖ "\n" ‖ i)}, so that processes allocating
 * at once, or one finishing what a crash left half-way, insert the same ids and the ids' uniqueness
 * refuses every copy (ADR 0067).
 */
class MongoBallotBox implements BallotBox {

    static final String COLLECTION = "ballot_box";
    private static final int ID_BYTES = 16;

    private final MongoDatabase database;
    private final Set<String> provided = ConcurrentHashMap.newKeySet();

    MongoBallotBox(MongoDatabase database) {
        this.database = database;
        ballots().createIndex(Indexes.ascending("contestId"));
        ballots().createIndex(Indexes.ascending("receipt"), new IndexOptions().unique(true).sparse(true));
    }

    /**
     * Counts the contest's slots (free or filled) and inserts, in order, the ids from that count on:
     * with every allocator inserting in order from a count it read, the slots inserted are always
     * the first ones, and an insert that meets an id already there stops; counting again finishes
     * what another allocator left when it died.
     */
    @Override
    public void provide(String contestId, int slots) {
        if (provided.contains(contestId)) {
            return;
        }
        for (int pass = 0; pass <= slots; pass++) {
            long existing = ballots().countDocuments(Filters.or(Filters.eq("freeIn", contestId),
                    Filters.eq("contestId", contestId)));
            if (existing >= slots) {
                provided.add(contestId);
                return;
            }
            List<Document> fresh = new ArrayList<>();
            for (long i = existing; i < slots; i++) {
                fresh.add(new Document("_id", slotId(contestId, i)).append("freeIn", contestId));
            }
            try {
                ballots().insertMany(fresh);
            } catch (MongoBulkWriteException e) {
                if (e.getWriteErrors().stream().anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode())
                        != ErrorCategory.DUPLICATE_KEY)) {
                    throw e;
                }
                // another process inserted the same slot: count again
            }
        }
        throw new IllegalStateException("could not allocate the " + slots + " ballot slots of " + contestId);
    }

    @Override
    public List<String> freeSlots(String contestId) {
        List<String> free = new ArrayList<>();
        for (Document doc : ballots().find(Filters.eq("freeIn", contestId)).projection(Projections.include("_id"))) {
            free.add(doc.getString("_id"));
        }
        return free;
    }

    @Override
    public boolean fill(String slot, SealedBallot ballot) {
        Bson fill = Updates.combine(Updates.unset("freeIn"), Updates.set("contestId", ballot.contestId()),
                Updates.set("ranking", ballot.ranking()), Updates.set("receipt", ballot.receipt()));
        try {
            if (ballots().updateOne(Filters.and(Filters.eq("_id", slot), Filters.eq("freeIn", ballot.contestId())), fill)
                    .getMatchedCount() == 1) {
                return true;
            }
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return true; // the receipt is in another slot already
        }
        Document taken = ballots().find(Filters.eq("_id", slot)).projection(Projections.include("receipt")).first();
        if (taken == null) {
            throw new IllegalStateException("ballot slot " + slot + " of " + ballot.contestId() + " does not exist");
        }
        return ballot.receipt().equals(taken.getString("receipt"));
    }

    @Override
    public boolean holds(SealedBallot ballot) {
        return ballots().find(Filters.eq("receipt", ballot.receipt())).projection(Projections.include("_id")).first() != null;
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

    static String slotId(String contestId, long index) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("charter-ballot-box-slot/1\n" + contestId + "\n"
                    + index).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(digest, ID_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private MongoCollection<Document> ballots() {
        return database.getCollection(COLLECTION);
    }
}
