package org.charter.notification.preference.adapter;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.charter.notification.notice.NoticeKind;
import org.charter.notification.preference.Language;
import org.charter.notification.preference.PreferenceBook;
import org.charter.notification.preference.Preferences;
import org.charter.notification.roll.People;

/**
 * Preferences, one document per person (the defaults are not stored; a person of
 * {@code charter.notification.people} who chose nothing gets the language listed there).
 */
class MongoPreferenceBook implements PreferenceBook {

    private final MongoCollection<Document> preferences;
    private final People people;

    MongoPreferenceBook(MongoDatabase database, People people) {
        this.preferences = database.getCollection("preferences");
        this.people = people;
    }

    @Override
    public Preferences of(String personId) {
        Document d = preferences.find(Filters.eq("_id", personId)).first();
        if (d == null) {
            return people.find(personId).map(p -> new Preferences(personId, p.language(), Set.of()))
                    .orElseGet(() -> Preferences.defaults(personId));
        }
        var off = EnumSet.noneOf(NoticeKind.class);
        d.getList("emailOff", String.class, List.of()).forEach(k -> off.add(NoticeKind.valueOf(k)));
        return new Preferences(personId, Language.valueOf(d.getString("language")), off);
    }

    @Override
    public void save(Preferences p) {
        preferences.replaceOne(Filters.eq("_id", p.personId()), new Document("_id", p.personId())
                        .append("language", p.language().name())
                        .append("emailOff", p.emailOff().stream().map(Enum::name).sorted().toList()),
                new ReplaceOptions().upsert(true));
    }
}
