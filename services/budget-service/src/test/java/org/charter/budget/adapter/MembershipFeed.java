package org.charter.budget.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import org.charter.platform.event.Actor;

/**
 * Plays the membership service on {@code charter.membership.events} (membership's own shapes,
 * checked against its schemas), then waits until the budget's roll applied what was sent.
 */
final class MembershipFeed implements AutoCloseable {

    private final TopicFeed feed = new TopicFeed("membership", new Actor("membership-secretary", "secretary", null));
    private final MongoDatabase database;

    MembershipFeed(MongoDatabase database) {
        this.database = database;
    }

    /** A member ACTIVE from {@code since} in {@code tier}. */
    MembershipFeed admitted(String member, String tier, Instant since) {
        register(member, tier, since);
        return standing("MemberAdmitted", member, since, "ACTIVE", tier, tier.equals("GOVERNING"), null);
    }

    MembershipFeed withdrew(String member, String tier, Instant effectiveAt) {
        return standing("MemberWithdrew", member, effectiveAt, "WITHDRAWN", tier, false, null);
    }

    MembershipFeed delegate(String member, String person, Instant effectiveAt) {
        feed.send("DelegateAppointed", member, """
                {"memberId":"%s","delegate":{"personId":"%s","name":"Person %s"},"replacedPersonId":null,"decidedAt":"%s",
                 "effectiveAt":"%s","decision":%s}""".formatted(member, person, person, effectiveAt, effectiveAt, decision()));
        return this;
    }

    /** Waits until the budget's roll has applied everything sent for these members. */
    void awaitRoll(String... members) {
        for (String member : members) {
            TopicFeed.awaitApplied(database, "membership_roll", member, TopicFeed.sequenceOf("membership", member));
        }
    }

    private void register(String member, String tier, Instant at) {
        feed.send("MemberRegistered", member, """
                {"memberId":"%s","name":"Member %s","kind":"STATE","tier":"%s","appliedAt":"%s","status":"APPLICANT",
                 "votingRights":false}""".formatted(member, member, tier, at));
    }

    private MembershipFeed standing(String type, String member, Instant effectiveAt, String status, String tier,
                                    boolean votingRights, String reason) {
        feed.send(type, member, """
                {"memberId":"%s","decidedAt":"%s","effectiveAt":"%s","decision":%s,"status":"%s","tier":"%s",
                 "votingRights":%s%s}""".formatted(member, effectiveAt, effectiveAt, decision(), status, tier, votingRights,
                reason == null ? "" : ",\"reason\":\"" + reason + "\""));
        return this;
    }

    private static String decision() {
        return "{\"kind\":\"MINUTES\",\"reference\":\"GB minutes\"}";
    }

    @Override
    public void close() {
        feed.close();
    }
}
