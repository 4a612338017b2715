package org.charter.membership.collaborative.adapter;

import static com.mongodb.client.model.Filters.elemMatch;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.charter.membership.collaborative.Collaborative;
import org.charter.membership.collaborative.Enrolment;
import org.charter.membership.collaborative.ProgramYear;
import org.charter.platform.readmodel.DocumentReadModel;
import org.charter.platform.readmodel.SortableInstants;

/**
 * Read model of collaboratives: one document per collaborative with its enrolments, so that
 * "which collaboratives is this member in" is one query, not a replay of every collaborative.
 */
class CollaborativeDirectory extends DocumentReadModel<Collaborative> {

    CollaborativeDirectory(MongoDatabase database) {
        super(database, "collaborative_directory", Collaborative.KIND, collaborative -> collaborative.id().value(),
                CollaborativeDirectory::document,
                collection -> collection.createIndex(Indexes.ascending("enrolments.memberId")));
    }

    List<Listed> all() {
        List<Listed> listed = new ArrayList<>();
        for (Document doc : documents().find().projection(Projections.include("name", "description"))
                .sort(Sorts.ascending("_id"))) {
            listed.add(new Listed(doc.getString("_id"), doc.getString("name"), doc.getString("description")));
        }
        return listed;
    }

    /** The member's enrolments in a program year, by collaborative id. */
    List<CollaborativeController.MemberEnrolment> enrolmentsOf(String memberId, ProgramYear year) {
        Document enrolment = new Document("memberId", memberId).append("programYear", year.name());
        List<CollaborativeController.MemberEnrolment> found = new ArrayList<>();
        for (Document doc : documents().find(elemMatch("enrolments", enrolment)).sort(Sorts.ascending("_id"))) {
            for (Document e : doc.getList("enrolments", Document.class)) {
                if (e.getString("memberId").equals(memberId) && e.getString("programYear").equals(year.name())) {
                    found.add(new CollaborativeController.MemberEnrolment(doc.getString("_id"), doc.getString("name"),
                            year.name(), e.getLong("feeCents"), e.getList("participants", String.class),
                            SortableInstants.parse(e.getString("enrolledAt")), SortableInstants.parse(e.getString("leftAt"))));
                }
            }
        }
        return found;
    }

    private static Document document(Collaborative collaborative) {
        List<Document> enrolments = new ArrayList<>();
        for (Enrolment e : collaborative.enrolments()) {
            enrolments.add(new Document("memberId", e.memberId()).append("programYear", e.year().name())
                    .append("feeCents", e.feeCents()).append("participants", e.participants())
                    .append("enrolledAt", SortableInstants.format(e.enrolledAt()))
                    .append("leftAt", SortableInstants.format(e.leftAt())));
        }
        return new Document("name", collaborative.name()).append("description", collaborative.description())
                .append("enrolments", enrolments);
    }

    record Listed(String id, String name, String description) {
    }
}
