package org.charter.committee.committee.adapter;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.charter.committee.committee.Committee;
import org.charter.platform.readmodel.DocumentReadModel;

/**
 * Read model of the bodies recorded on the committee's streams: one document per committee with
 * what a listing shows. The Governing Board and the Executive Committee are listed even before
 * anything is recorded on them (the controller adds them).
 */
class CommitteeDirectory extends DocumentReadModel<Committee> {

    static final String COLLECTION = "committee_directory";

    CommitteeDirectory(MongoDatabase database) {
        super(database, COLLECTION, Committee.KIND, committee -> committee.id().value(), CommitteeDirectory::document);
    }

    List<CommitteeSummary> all() {
        List<CommitteeSummary> all = new ArrayList<>();
        for (Document doc : documents().find()) {
            all.add(new CommitteeSummary(doc.getString("_id"), doc.getString("type"), doc.getString("name"),
                    doc.getString("purpose")));
        }
        return all;
    }

    private static Document document(Committee committee) {
        return new Document("type", committee.type().name())
                .append("name", committee.name())
                .append("purpose", committee.purpose());
    }

    /** A body in the listing. */
    record CommitteeSummary(String id, String type, String name, String purpose) {
    }
}
