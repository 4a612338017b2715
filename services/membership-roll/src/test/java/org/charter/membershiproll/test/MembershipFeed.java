package org.charter.membershiproll.test;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.charter.membershiproll.member.adapter.MembershipRoll;
import org.charter.platform.event.Actor;
import org.charter.platform.test.TopicFeed;

/**
 * Plays the membership service on {@code charter.membership.events} in a following service's IT:
 * each event in membership's shape (checked against membership's own schemas before it is sent),
 * keyed by the member id with per-member sequences, then waits until the service's roll applied it.
 */
public final class MembershipFeed implements AutoCloseable {

    private static final Actor SECRETARY = new Actor("membership-secretary", "secretary", null);

    private final TopicFeed feed = new TopicFeed("membership", SECRETARY);
    private final MongoDatabase database;
    private final String collection;

    /** For a roll in {@code collection} of the service's database. */
    public MembershipFeed(MongoDatabase database, String collection) {
        this.database = database;
        this.collection = collection;
    }

    public MembershipFeed(MongoDatabase database) {
        this(database, MembershipRoll.DEFAULT_COLLECTION);
    }

    /** A GOVERNING member, ACTIVE from {@code since}, with its delegate and alternates. */
    public MembershipFeed governing(String member, Instant since, String delegate, String... alternates) {
        admitted(member, "GOVERNING", since);
        delegate(member, delegate, since);
        if (alternates.length > 0) {
            alternates(member, since, alternates);
        }
        return this;
    }

    /** An AFFILIATE member, ACTIVE from {@code since} (an affiliate has no delegate: {@code delegate} is not sent). */
    public MembershipFeed affiliate(String member, Instant since, String delegate) {
        return admitted(member, "AFFILIATE", since);
    }

    /** A member ACTIVE from {@code since} in {@code tier}. */
    public MembershipFeed admitted(String member, String tier, Instant since) {
        applicant(member, tier, since);
        return standing("MemberAdmitted", member, since, "ACTIVE", tier, tier.equals("GOVERNING"), null);
    }

    public MembershipFeed applicant(String member, String tier, Instant since) {
        send("MemberRegistered", member, """
                {"memberId":"%s","name":"Member %s","kind":"STATE","tier":"%s","appliedAt":"%s","status":"APPLICANT",
                 "votingRights":false}""".formatted(member, member, tier, since));
        return this;
    }

    public MembershipFeed suspend(String member, Instant effectiveAt) {
        return standing("MemberSuspended", member, effectiveAt, "SUSPENDED", "GOVERNING", false, "fees unpaid");
    }

    public MembershipFeed reinstate(String member, Instant effectiveAt) {
        return standing("MemberReinstated", member, effectiveAt, "ACTIVE", "GOVERNING", true, null);
    }

    public MembershipFeed withdrew(String member, String tier, Instant effectiveAt) {
        return standing("MemberWithdrew", member, effectiveAt, "WITHDRAWN", tier, false, null);
    }

    public MembershipFeed delegate(String member, String person, Instant effectiveAt) {
        return send("DelegateAppointed", member, """
                {"memberId":"%s","delegate":%s,"replacedPersonId":null,"decidedAt":"%s","effectiveAt":"%s","decision":%s}"""
                .formatted(member, person(person), effectiveAt, effectiveAt, decision()));
    }

    /** The member's complete list of alternates from {@code effectiveAt}. */
    public MembershipFeed alternates(String member, Instant effectiveAt, String... people) {
        return send("AlternatesAppointed", member, """
                {"memberId":"%s","alternates":[%s],"decidedAt":"%s","effectiveAt":"%s","decision":%s}""".formatted(
                member, Arrays.stream(people).map(MembershipFeed::person).collect(Collectors.joining(",")), effectiveAt,
                effectiveAt, decision()));
    }

    /** A representative role (K12_LEAD, HIGHER_EDUCATION_LEAD, POSTSECONDARY_CAREERS_REP) from {@code effectiveAt}. */
    public MembershipFeed representative(String member, String role, String person, Instant effectiveAt) {
        return send("RepresentativeAppointed", member, """
                {"memberId":"%s","role":"%s","person":%s,"replacedPersonId":null,"decidedAt":"%s","effectiveAt":"%s",
                 "decision":%s}""".formatted(member, role, person(person), effectiveAt, effectiveAt, decision()));
    }

    /** Sends every event this feed sent again, byte for byte (the same event ids), as Kafka redelivers. */
    public void redeliverAll() {
        feed.redeliverAll();
    }

    /** Waits until the service's roll has applied everything sent for these members. */
    public void awaitRoll(String... members) {
        for (String member : members) {
            TopicFeed.awaitApplied(database, collection, member, TopicFeed.sequenceOf("membership", member));
        }
    }

    private MembershipFeed standing(String type, String member, Instant effectiveAt, String status, String tier,
                                    boolean votingRights, String reason) {
        return send(type, member, """
                {"memberId":"%s","decidedAt":"%s","effectiveAt":"%s","decision":%s,"status":"%s","tier":"%s",
                 "votingRights":%s%s}""".formatted(member, effectiveAt, effectiveAt, decision(), status, tier, votingRights,
                reason == null ? "" : ",\"reason\":\"" + reason + "\""));
    }

    private MembershipFeed send(String name, String member, String json) {
        feed.send(name, member, json);
        return this;
    }

    /** A person as membership names one: {@code Person <id>}. */
    private static String person(String personId) {
        return "{\"personId\":\"" + personId + "\",\"name\":\"Person " + personId + "\"}";
    }

    private static String decision() {
        return "{\"kind\":\"MINUTES\",\"reference\":\"GB minutes\"}";
    }

    @Override
    public void close() {
        feed.close();
    }
}
