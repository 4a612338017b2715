package org.charter.membership.representative.adapter;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.charter.membership.representative.ContactDetails;
import org.charter.membership.representative.Contacts;
import org.charter.membership.representative.PersonId;

/**
 * Representatives' e-mail and phone in one mutable collection, which only secretaries, admins
 * and auditors read, and which can be corrected or erased without rewriting history (DOMAIN §7.2
 * keeps them out of events, which are published and kept forever).
 */
class ContactBook implements Contacts {

    private final MongoCollection<Document> collection;

    ContactBook(MongoDatabase database) {
        this.collection = database.getCollection("contacts");
    }

    @Override
    public void record(PersonId person, ContactDetails details, Instant at) {
        if (details.isEmpty()) {
            return;
        }
        Document doc = new Document("_id", person.value())
                .append("email", details.email())
                .append("phone", details.phone())
                .append("updatedAt", at.toString());
        collection.replaceOne(new Document("_id", person.value()), doc, new ReplaceOptions().upsert(true));
    }

    List<Contact> of(Collection<String> personIds) {
        List<Contact> contacts = new ArrayList<>();
        for (Document doc : collection.find(in("_id", personIds))) {
            contacts.add(new Contact(doc.getString("_id"), doc.getString("email"), doc.getString("phone")));
        }
        return contacts;
    }

    record Contact(String personId, String email, String phone) {
    }
}
