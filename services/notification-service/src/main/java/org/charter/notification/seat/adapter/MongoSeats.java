package org.charter.notification.seat.adapter;

import static org.charter.platform.readmodel.SortableInstants.format;
import static org.charter.platform.readmodel.SortableInstants.parse;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;
import org.charter.notification.seat.CommitteeSeats;
import org.charter.notification.seat.SeatEnd;
import org.charter.notification.seat.SeatTerm;
import org.charter.notification.seat.Seats;

/**
 * One document per committee with its terms and ends, each added to a set: a redelivered fact
 * adds nothing, and facts arriving out of order are put in order when the seats are read.
 */
class MongoSeats implements Seats {

    static final String COLLECTION = "committee_seats";

    private final MongoCollection<Document> seats;

    MongoSeats(MongoDatabase database) {
        this.seats = database.getCollection(COLLECTION);
    }

    @Override
    public void taken(SeatTerm t) {
        Document term = new Document("seat", t.seat()).append("personId", t.personId()).append("name", t.name())
                .append("memberId", t.memberId()).append("from", format(t.from()))
                .append("until", t.until() == null ? null : format(t.until()));
        seats.updateOne(Filters.eq("_id", t.committeeId()), Updates.addToSet("terms", term), new UpdateOptions().upsert(true));
    }

    @Override
    public void ended(SeatEnd e) {
        Document end = new Document("seat", e.seat()).append("personId", e.personId()).append("at", format(e.at()));
        seats.updateOne(Filters.eq("_id", e.committeeId()), Updates.addToSet("ends", end), new UpdateOptions().upsert(true));
    }

    @Override
    public CommitteeSeats of(String committeeId) {
        Document d = seats.find(Filters.eq("_id", committeeId)).first();
        if (d == null) {
            return new CommitteeSeats(committeeId, List.of(), List.of());
        }
        return new CommitteeSeats(committeeId,
                d.getList("terms", Document.class, List.of()).stream().map(t -> new SeatTerm(committeeId, t.getString("seat"),
                        t.getString("personId"), t.getString("name"), t.getString("memberId"), parse(t.getString("from")),
                        t.getString("until") == null ? null : parse(t.getString("until")))).toList(),
                d.getList("ends", Document.class, List.of()).stream().map(e -> new SeatEnd(committeeId, e.getString("seat"),
                        e.getString("personId"), parse(e.getString("at")))).toList());
    }
}
