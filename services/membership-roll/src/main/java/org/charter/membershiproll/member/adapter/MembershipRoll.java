package org.charter.membershiproll.member.adapter;

import static org.charter.platform.readmodel.SortableInstants.format;
import static org.charter.platform.readmodel.SortableInstants.parse;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.MemberStatus;
import org.charter.membershiproll.member.MembershipFact;
import org.charter.membershiproll.member.MembershipFact.AlternatesAppointed;
import org.charter.membershiproll.member.MembershipFact.Appointee;
import org.charter.membershiproll.member.MembershipFact.AppointmentsEnded;
import org.charter.membershiproll.member.MembershipFact.DelegateAppointed;
import org.charter.membershiproll.member.MembershipFact.MemberRegistered;
import org.charter.membershiproll.member.MembershipFact.RepresentativeAppointed;
import org.charter.membershiproll.member.MembershipFact.RepresentativeEnded;
import org.charter.membershiproll.member.MembershipFact.StandingChanged;
import org.charter.membershiproll.member.RepresentativeRole;
import org.charter.membershiproll.member.Roll;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.projection.Projection;
import org.charter.platform.readmodel.VersionedDocuments;

/**
 * A service's roll of members, projected from {@code charter.membership.events} into its own
 * database: one document per member with its standings, delegates, alternates and
 * representatives, each entry effective-dated and stamped with the time membership recorded it.
 * Each event is one single-document update conditioned on the member's last applied sequence
 * ({@link VersionedDocuments#applyOnce}), so a redelivered event changes nothing.
 */
public class MembershipRoll implements Projection, Roll {

    public static final String DEFAULT_COLLECTION = "membership_roll";

    private final MongoDatabase database;
    private final String collection;

    public MembershipRoll(MongoDatabase database, String collection) {
        this.database = database;
        this.collection = collection;
    }

    public MembershipRoll(MongoDatabase database) {
        this(database, DEFAULT_COLLECTION);
    }

    @Override
    public String name() {
        return collection;
    }

    @Override
    public void reset() {
        documents().drop();
    }

    @Override
    public void apply(RecordedEvent event) {
        if (!(event.data() instanceof MembershipFact fact) || fact instanceof MembershipFact.Unused) {
            return;
        }
        String recordedAt = format(event.time());
        Bson update = null;
        if (fact instanceof StandingChanged standing) {
            update = standingUpdate(standing, recordedAt);
        } else if (fact instanceof DelegateAppointed appointed) {
            update = Updates.push("delegates", entry(appointed.effectiveAt(), recordedAt)
                    .append("personId", appointed.delegate().personId()).append("name", appointed.delegate().name()));
        } else if (fact instanceof AlternatesAppointed appointed) {
            update = Updates.push("alternates", entry(appointed.effectiveAt(), recordedAt)
                    .append("personIds", appointed.alternates().stream().map(Appointee::personId).toList())
                    .append("names", appointed.alternates().stream().map(Appointee::name).toList()));
        } else if (fact instanceof RepresentativeAppointed appointed) {
            update = Updates.push("representatives", representation(appointed.effectiveAt(), recordedAt, appointed.role(),
                    appointed.person().personId(), true));
        } else if (fact instanceof RepresentativeEnded ended) {
            update = Updates.push("representatives", representation(ended.effectiveAt(), recordedAt, ended.role(),
                    ended.personId(), false));
        } else if (fact instanceof AppointmentsEnded ended) {
            update = endedUpdate(ended, recordedAt);
        }
        if (update != null) {
            VersionedDocuments.applyOnce(documents(), fact.memberId(), event.sequence(), update);
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

    @Override
    public List<String> votingMembersAt(Instant at, Instant knownAt) {
        List<String> members = new ArrayList<>();
        for (Document doc : documents().find(Filters.elemMatch("standings", Filters.eq("votingRights", true)))) {
            MemberRecord record = record(doc);
            if (record.hadVotingRightsAt(at, knownAt)) {
                members.add(record.id());
            }
        }
        return members;
    }

    @Override
    public Optional<MemberRecord> memberOfPerson(String personId, Instant at) {
        Bson acts = Filters.or(Filters.eq("delegates.personId", personId), Filters.eq("alternates.personIds", personId),
                Filters.eq("representatives.personId", personId));
        MemberRecord any = null;
        for (Document doc : documents().find(acts)) {
            MemberRecord record = record(doc);
            if (!record.rolesOf(personId, at).isEmpty()) {
                return Optional.of(record);
            }
            any = record;
        }
        return Optional.ofNullable(any);
    }

    private static Document entry(Instant effectiveAt, String recordedAt) {
        return new Document("effectiveAt", format(effectiveAt)).append("recordedAt", recordedAt);
    }

    private static Document representation(Instant effectiveAt, String recordedAt, RepresentativeRole role, String personId,
                                           boolean appointed) {
        return entry(effectiveAt, recordedAt).append("role", role.name()).append("personId", personId)
                .append("appointed", appointed);
    }

    private static Bson standingUpdate(StandingChanged standing, String recordedAt) {
        Bson push = Updates.push("standings", entry(standing.effectiveAt(), recordedAt)
                .append("status", standing.status().name()).append("tier", standing.tier().name())
                .append("votingRights", standing.votingRights()));
        return standing instanceof MemberRegistered registered ? Updates.combine(push, Updates.set("name", registered.name())) : push;
    }

    private static Bson endedUpdate(AppointmentsEnded ended, String recordedAt) {
        List<Bson> updates = new ArrayList<>();
        if (ended.endsDelegate()) {
            updates.add(Updates.push("delegates", entry(ended.effectiveAt(), recordedAt).append("personId", null)));
        }
        if (ended.endsAlternates()) {
            updates.add(Updates.push("alternates", entry(ended.effectiveAt(), recordedAt).append("personIds", List.of())));
        }
        return updates.isEmpty() ? null : Updates.combine(updates);
    }

    private static MemberRecord record(Document doc) {
        List<MemberRecord.Standing> standings = doc.getList("standings", Document.class, List.of()).stream()
                .map(d -> new MemberRecord.Standing(effectiveAt(d), recordedAt(d),
                        MemberStatus.valueOf(d.getString("status")), Tier.valueOf(d.getString("tier")),
                        d.getBoolean("votingRights", false)))
                .toList();
        List<MemberRecord.Delegation> delegates = doc.getList("delegates", Document.class, List.of()).stream()
                .map(d -> new MemberRecord.Delegation(effectiveAt(d), recordedAt(d), d.getString("personId"),
                        d.getString("name")))
                .toList();
        List<MemberRecord.Alternates> alternates = doc.getList("alternates", Document.class, List.of()).stream()
                .map(d -> new MemberRecord.Alternates(effectiveAt(d), recordedAt(d), people(d)))
                .toList();
        List<MemberRecord.Representation> representatives = doc.getList("representatives", Document.class, List.of()).stream()
                .map(d -> new MemberRecord.Representation(effectiveAt(d), recordedAt(d),
                        RepresentativeRole.valueOf(d.getString("role")), d.getString("personId"), d.getBoolean("appointed", true)))
                .toList();
        return new MemberRecord(doc.getString("_id"), doc.getString("name"), standings, delegates, alternates,
                representatives);
    }

    private static List<Appointee> people(Document alternates) {
        if (alternates.containsKey("people")) {
            // as the notification service's roll wrote them before the roll was shared
            return alternates.getList("people", Document.class).stream()
                    .map(p -> new Appointee(p.getString("personId"), p.getString("name"))).toList();
        }
        List<String> ids = alternates.getList("personIds", String.class, List.of());
        List<String> names = alternates.getList("names", String.class, List.of());
        List<Appointee> people = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            people.add(new Appointee(ids.get(i), i < names.size() ? names.get(i) : null));
        }
        return people;
    }

    private static Instant effectiveAt(Document entry) {
        return parse(entry.getString("effectiveAt"));
    }

    /** Entries written before the roll kept it were recorded, as far as anyone knows, when they took effect. */
    private static Instant recordedAt(Document entry) {
        String recordedAt = entry.getString("recordedAt");
        return recordedAt == null ? effectiveAt(entry) : parse(recordedAt);
    }

    private MongoCollection<Document> documents() {
        return database.getCollection(collection);
    }
}
