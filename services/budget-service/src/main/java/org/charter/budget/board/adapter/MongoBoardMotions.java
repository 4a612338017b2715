package org.charter.budget.board.adapter;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.charter.budget.board.BoardMotions;

/** The committee's budget motions, one document per motion (a redelivered MotionProposed writes the same document). */
class MongoBoardMotions implements BoardMotions {

    static final String COLLECTION = "board_motions";

    private final MongoDatabase database;

    MongoBoardMotions(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public void remember(BoardMotion motion) {
        documents().replaceOne(Filters.eq("_id", motion.motionId()), new Document("_id", motion.motionId())
                .append("kind", motion.kind()).append("committee", motion.committee()).append("proposal", motion.proposal()).append("version", motion.version()),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<BoardMotion> find(String motionId) {
        return Optional.ofNullable(documents().find(Filters.eq("_id", motionId)).first())
                .map(doc -> new BoardMotion(doc.getString("_id"), doc.getString("kind"),
                        // remembered before the Executive Committee's polls were followed: the Board's
                        Objects.requireNonNullElse(doc.getString("committee"), GOVERNING_BOARD), doc.getString("proposal"),
                        doc.getInteger("version")));
    }

    private MongoCollection<Document> documents() {
        return database.getCollection(COLLECTION);
    }
}
