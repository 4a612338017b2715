package org.charter.platform.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.platform.readmodel.VersionedDocuments;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.sample.TicketClosed;
import org.charter.platform.sample.TicketCommented;
import org.charter.platform.sample.TicketOpened;

/** A read model of tickets: one document per ticket with its title, status and comment count. */
final class TicketBoard implements Projection {

    private final MongoCollection<Document> board;

    TicketBoard(MongoDatabase database) {
        this.board = database.getCollection("ticket_board");
    }

    @Override
    public String name() {
        return "ticket-board";
    }

    @Override
    public void reset() {
        board.drop();
    }

    @Override
    public void apply(RecordedEvent event) {
        Bson update = null;
        if (event.data() instanceof TicketOpened o) {
            update = Updates.combine(Updates.set("title", o.title()), Updates.set("status", "open"),
                    Updates.set("openedAt", java.util.Date.from(o.openedAt())));
        } else if (event.data() instanceof TicketCommented) {
            update = Updates.inc("comments", 1);
        } else if (event.data() instanceof TicketClosed c) {
            update = Updates.combine(Updates.set("status", "closed"), Updates.set("reason", c.reason()));
        }
        if (update != null) {
            VersionedDocuments.applyOnce(board, event.streamId(), event.sequence(), update);
        }
    }

    List<Document> all() {
        return board.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }
}
