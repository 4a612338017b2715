package org.charter.membership.member.adapter;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;

/**
 * Representatives' e-mail and phone. DOMAIN 7.2 keeps contact details secret, so they are not
 * part of any event (events are published to Kafka and kept forever): they live in this one
 * mutable collection, which only secretaries, admins and auditors read, and which can be
 * corrected or erased without rewriting history.
 */
public class ContactBook {

    private final MongoCollection<Document> collection;

    ContactBook(MongoDatabase database) {
        this.collection = database.getCollection("contacts");
    }

    void record(RepresentativeRequests.Appointee appointee, Instant at) {
        record(appointee.personId(), appointee.email(), appointee.phone(), at);
    }

    public void record(String personId, String email, String phone, Instant at) {
        if (email == null && phone == null) {
            return;
        }
        Document doc = new Document("_id", personId)
                .append("email", email)
                .append("phone", phone)
                .append("updatedAt", at.toString());
        collection.replaceOne(new Document("_id", personId), doc, new ReplaceOptions().upsert(true));
    }

    List<Contact> of(Collection<String> personIds) {
        List<Contact> contacts = new ArrayList<>();
        for (Document doc : collection.find(in("_id", personIds))) {
            contacts.add(new Contact(doc.getString("_id"), doc.getString("email"), doc.getString("phone")));
        }
        return contacts;
    }

    public record Contact(String personId, String email, String phone) {
    }
}
