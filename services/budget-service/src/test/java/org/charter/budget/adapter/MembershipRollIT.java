package org.charter.budget.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.charter.budget.BudgetServiceTest;
import org.charter.membershiproll.member.MemberStatus;
import org.charter.membershiproll.member.Roll;
import org.charter.membershiproll.member.Tier;
import org.charter.membershiproll.test.MembershipFeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The budget's roll is fed by membership's real events through the in-process broker. */
@BudgetServiceTest
class MembershipRollIT {

    @Autowired
    Roll roll;

    @Autowired
    com.mongodb.client.MongoDatabase database;

    @Test
    void the_roll_keeps_each_members_tier_and_status_from_membership_events() {
        Instant admitted = Instant.parse("2026-10-15T08:00:00Z");
        Instant withdrew = Instant.parse("2027-02-01T08:00:00Z");
        try (var feed = new MembershipFeed(database)) {
            feed.admitted("RL1", "AFFILIATE", admitted).delegate("RL1", "rl1-del", admitted).withdrew("RL1", "AFFILIATE", withdrew);
            feed.awaitRoll("RL1");
        }

        var member = roll.member("RL1").orElseThrow();
        assertThat(member.name()).isEqualTo("Member RL1");
        assertThat(member.standings()).extracting(s -> s.status()).containsExactly(MemberStatus.APPLICANT,
                MemberStatus.ACTIVE, MemberStatus.WITHDRAWN);
        assertThat(member.standingAt(Instant.parse("2026-12-01T00:00:00Z")).orElseThrow().tier()).isEqualTo(Tier.AFFILIATE);
        assertThat(member.joinedWithin(Instant.parse("2026-07-01T07:00:00Z"), Instant.parse("2027-07-01T07:00:00Z")))
                .hasValueSatisfying(s -> assertThat(s.effectiveAt()).isEqualTo(admitted));
        assertThat(roll.members()).extracting(m -> m.id()).contains("RL1");
    }
}
