package org.charter.election.member.adapter;

import static org.charter.platform.readmodel.SortableInstants.format;
import static org.charter.platform.readmodel.SortableInstants.parse;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.election.member.MemberRecord;
import org.charter.election.member.MemberStatus;
import org.charter.election.member.MembershipFact;
import org.charter.election.member.MembershipFact.AlternatesAppointed;
import org.charter.election.member.MembershipFact.Appointee;
import org.charter.election.member.MembershipFact.AppointmentsEnded;
import org.charter.election.member.MembershipFact.DelegateAppointed;
import org.charter.election.member.MembershipFact.MemberRegistered;
import org.charter.election.member.MembershipFact.RepresentativeAppointed;
import org.charter.election.member.MembershipFact.RepresentativeEnded;
import org.charter.election.member.RepresentativeRole;
import org.charter.election.member.MembershipFact.StandingChanged;
import org.charter.election.member.Roll;
import org.charter.election.member.Tier;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.projection.Projection;
import org.charter.platform.readmodel.VersionedDocuments;

/**
 * The election service's roll of members, projected from {@code charter.membership.events}: one
 * document per member with its standings, delegates and alternates, each entry effective-dated
 * and stamped with the time membership recorded it. Each event is one single-document update
 * conditioned on the member's last applied sequence ({@link VersionedDocuments#applyOnce}), so a
 * redelivered event changes nothing.
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
        if (!(event.data() instanceof MembershipFact fact) || fact instanceof MembershipFact.Unused) {
            return;
        }
        String recordedAt = format(event.time());
        Bson update = null;
        if (fact instanceof StandingChanged standing) {
            update = standingUpdate(standing, recordedAt);
        } else if (fact instanceof DelegateAppointed appointed) {
            update = Updates.push("delegates", new Document("effectiveAt", format(appointed.effectiveAt()))
                    .append("recordedAt", recordedAt).append("personId", appointed.delegate().personId()));
        } else if (fact instanceof AlternatesAppointed appointed) {
            update = Updates.push("alternates", new Document("effectiveAt", format(appointed.effectiveAt()))
                    .append("recordedAt", recordedAt)
                    .append("personIds", appointed.alternates().stream().map(Appointee::personId).toList()));
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

    private static Document representation(Instant effectiveAt, String recordedAt, RepresentativeRole role, String personId,
                                           boolean appointed) {
        return new Document("effectiveAt", format(effectiveAt)).append("recordedAt", recordedAt).append("role", role.name())
                .append("personId", personId).append("appointed", appointed);
    }

    private static Bson standingUpdate(StandingChanged standing, String recordedAt) {
        Bson push = Updates.push("standings", new Document("effectiveAt", format(standing.effectiveAt()))
                .append("recordedAt", recordedAt).append("status", standing.status().name())
                .append("tier", standing.tier().name()).append("votingRights", standing.votingRights()));
        return standing instanceof MemberRegistered registered ? Updates.combine(push, Updates.set("name", registered.name())) : push;
    }

    private static Bson endedUpdate(AppointmentsEnded ended, String recordedAt) {
        List<Bson> updates = new ArrayList<>();
        if (ended.endsDelegate()) {
            updates.add(Updates.push("delegates", new Document("effectiveAt", format(ended.effectiveAt()))
                    .append("recordedAt", recordedAt).append("personId", null)));
        }
        if (ended.endsAlternates()) {
            updates.add(Updates.push("alternates", new Document("effectiveAt", format(ended.effectiveAt()))
                    .append("recordedAt", recordedAt).append("personIds", List.of())));
        }
        return updates.isEmpty() ? null : Updates.combine(updates);
    }

    private static MemberRecord record(Document doc) {
        List<MemberRecord.Standing> standings = doc.getList("standings", Document.class, List.of()).stream()
                .map(d -> new MemberRecord.Standing(parse(d.getString("effectiveAt")), parse(d.getString("recordedAt")),
                        MemberStatus.valueOf(d.getString("status")), Tier.valueOf(d.getString("tier")),
                        d.getBoolean("votingRights", false)))
                .toList();
        List<MemberRecord.Delegation> delegates = doc.getList("delegates", Document.class, List.of()).stream()
                .map(d -> new MemberRecord.Delegation(parse(d.getString("effectiveAt")), parse(d.getString("recordedAt")),
                        d.getString("personId")))
                .toList();
        List<MemberRecord.Alternates> alternates = doc.getList("alternates", Document.class, List.of()).stream()
                .map(d -> new MemberRecord.Alternates(parse(d.getString("effectiveAt")), parse(d.getString("recordedAt")),
                        d.getList("personIds", String.class, List.of())))
                .toList();
        List<MemberRecord.Representation> representatives = doc.getList("representatives", Document.class, List.of()).stream()
                .map(d -> new MemberRecord.Representation(parse(d.getString("effectiveAt")), parse(d.getString("recordedAt")),
                        RepresentativeRole.valueOf(d.getString("role")), d.getString("personId"), d.getBoolean("appointed", true)))
                .toList();
        return new MemberRecord(doc.getString("_id"), doc.getString("name"), standings, delegates, alternates,
                representatives);
    }

    private MongoCollection<Document> documents() {
        return database.getCollection(COLLECTION);
    }
}
