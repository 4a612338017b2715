package org.charter.committee.meeting.adapter;

import static org.charter.platform.readmodel.SortableInstants.format;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.committee.meeting.Meeting;
import org.charter.committee.meeting.MeetingStatus;
import org.charter.platform.readmodel.DocumentReadModel;

/** Read model of meetings: one document per meeting with what a body's calendar shows. */
class MeetingCalendar extends DocumentReadModel<Meeting> {

    static final String COLLECTION = "meeting_calendar";

    MeetingCalendar(MongoDatabase database) {
        super(database, COLLECTION, Meeting.KIND, meeting -> meeting.id().value(), MeetingCalendar::document,
                collection -> collection.createIndex(Indexes.ascending("committee")));
    }

    /** A body's meetings, latest start first, optionally of one status. */
    PageView<MeetingSummary> page(String committee, MeetingStatus status, int page, int size) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("committee", committee)));
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        Bson filter = Filters.and(filters);
        long total = documents().countDocuments(filter);
        List<MeetingSummary> content = new ArrayList<>();
        for (Document doc : documents().find(filter).sort(Sorts.descending("startsAt"))
                .skip((int) Math.min((long) page * size, Integer.MAX_VALUE)).limit(size)) {
            content.add(new MeetingSummary(doc.getString("_id"), doc.getString("committee"), doc.getString("title"),
                    doc.getString("format"), doc.getString("startsAtIso"), doc.getString("status"),
                    doc.getInteger("agendaItems", 0), doc.getBoolean("minutesApproved", false)));
        }
        return new PageView<>(content, page, size, total);
    }

    private static Document document(Meeting meeting) {
        return new Document("committee", meeting.committee().value())
                .append("title", meeting.title())
                .append("format", meeting.arrangements().format().name())
                .append("startsAt", format(meeting.arrangements().startsAt()))
                .append("startsAtIso", meeting.arrangements().startsAt().toString())
                .append("status", meeting.status().name())
                .append("agendaItems", meeting.agenda().size())
                .append("minutesApproved", meeting.approval().isPresent());
    }

    /** A meeting in a body's calendar. */
    record MeetingSummary(String id, String committee, String title, String format, String startsAt, String status,
                          int agendaItems, boolean minutesApproved) {
    }

    /** A page, Spring-style. */
    record PageView<T>(List<T> content, int page, int size, long totalElements) {
    }
}
