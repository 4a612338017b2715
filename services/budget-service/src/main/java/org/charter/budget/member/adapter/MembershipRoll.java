package org.charter.budget.member.adapter;

import static org.charter.platform.readmodel.SortableInstants.format;
import static org.charter.platform.readmodel.SortableInstants.parse;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.budget.member.MemberRecord;
import org.charter.budget.member.MemberStatus;
import org.charter.budget.member.MembershipFact;
import org.charter.budget.member.MembershipFact.MemberRegistered;
import org.charter.budget.member.MembershipFact.StandingChanged;
import org.charter.budget.member.Roll;
import org.charter.budget.member.Tier;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.projection.Projection;
import org.charter.platform.readmodel.VersionedDocuments;

/**
 * The budget's roll of members and tiers, projected from {@code charter.membership.events}: one
 * document per member with its standings, each effective-dated. Each event is one
 * single-document update conditioned on the member's last applied sequence
 * ({@link VersionedDocuments#applyOnce}), so a redelivered event changes nothing.
 */
class MembershipRoll implements Projection, Roll {

    static final String COLLECTION = "membership_roll";

    private final MongoDatabase database;

    MembershipRoll(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public String name() {
        return COLLECTION;
    }

    @Override
    public void reset() {
        documents().drop();
    }

    @Override
    public void apply(RecordedEvent event) {
        if (event.data() instanceof StandingChanged standing) {
            Bson push = Updates.push("standings", new Document("effectiveAt", format(standing.effectiveAt()))
                    .append("status", standing.status().name()).append("tier", standing.tier().name()));
            Bson update = standing instanceof MemberRegistered registered
                    ? Updates.combine(push, Updates.set("name", registered.name())) : push;
            VersionedDocuments.applyOnce(documents(), ((MembershipFact) standing).memberId(), event.sequence(), update);
        }
    }

    @Override
    public Optional<MemberRecord> member(String memberId) {
        return Optional.ofNullable(documents().find(Filters.eq("_id", memberId)).first()).map(MembershipRoll::record);
    }

    @Override
    public List<MemberRecord> members() {
        List<MemberRecord> members = new ArrayList<>();
        documents().find().sort(Sorts.ascending("_id")).forEach(doc -> members.add(record(doc)));
        return members;
    }

    private static MemberRecord record(Document doc) {
        List<MemberRecord.Standing> standings = doc.getList("standings", Document.class, List.of()).stream()
                .map(d -> new MemberRecord.Standing(parse(d.getString("effectiveAt")),
                        MemberStatus.valueOf(d.getString("status")), Tier.valueOf(d.getString("tier"))))
                .toList();
        return new MemberRecord(doc.getString("_id"), doc.getString("name"), standings);
    }

    private MongoCollection<Document> documents() {
        return database.getCollection(COLLECTION);
    }
}
