package org.charter.membershiproll.member.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.MemberStatus;
import org.charter.membershiproll.member.MembershipFact;
import org.charter.membershiproll.member.MembershipFact.AlternatesAppointed;
import org.charter.membershiproll.member.MembershipFact.Appointee;
import org.charter.membershiproll.member.MembershipFact.AppointmentsEnded;
import org.charter.membershiproll.member.MembershipFact.DelegateAppointed;
import org.charter.membershiproll.member.MembershipFact.MemberAdmitted;
import org.charter.membershiproll.member.MembershipFact.MemberRegistered;
import org.charter.membershiproll.member.MembershipFact.MemberSuspended;
import org.charter.membershiproll.member.MembershipFact.PersonClaimed;
import org.charter.membershiproll.member.MembershipFact.RepresentativeAppointed;
import org.charter.membershiproll.member.RepresentativeRole;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.event.Actor;
import org.charter.platform.event.RecordedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The roll in a real MongoDB-protocol server over a socket, fed the facts as the subscription would. */
@WithCharterInfrastructure
class MembershipRollIT {

    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");

    private final MongoClient client = MongoClients.create(CharterInfrastructureExtension.endpoints().mongoUri());
    private final MembershipRoll roll = new MembershipRoll(
            client.getDatabase("roll-it-" + UUID.randomUUID().toString().substring(0, 8)), "test_roll");
    private final AtomicLong sequence = new AtomicLong();

    @AfterEach
    void close() {
        roll.reset();
        client.close();
    }

    @Test
    void standings_appointments_and_representatives_are_kept_effective_dated() {
        apply("CA", JAN, new MemberRegistered("CA", "California", JAN, MemberStatus.APPLICANT, Tier.GOVERNING, false));
        apply("CA", JAN, new MemberAdmitted("CA", JAN, MemberStatus.ACTIVE, Tier.GOVERNING, true));
        apply("CA", JAN, new DelegateAppointed("CA", new Appointee("ann", "Ann"), JAN));
        apply("CA", JAN, new AlternatesAppointed("CA", List.of(new Appointee("bob", "Bob"), new Appointee("cyd", "Cyd")), JAN));
        apply("CA", JAN, new RepresentativeAppointed("CA", RepresentativeRole.K12_LEAD, new Appointee("kim", "Kim"), JAN));
        apply("CA", MAR, new PersonClaimed("CA"));
        apply("CA", MAY, new MemberSuspended("CA", MAY, MemberStatus.SUSPENDED, Tier.GOVERNING, false));
        apply("CA", MAY, new AppointmentsEnded("CA", List.of("DELEGATE", "ALTERNATE"), MAY));

        MemberRecord ca = roll.member("CA").orElseThrow();
        assertThat(ca.name()).isEqualTo("California");
        assertThat(ca.standingAt(MAR).orElseThrow().status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(ca.delegationTermAt(MAR).orElseThrow().name()).isEqualTo("Ann");
        assertThat(ca.alternatePeopleAt(MAR)).containsExactly(new Appointee("bob", "Bob"), new Appointee("cyd", "Cyd"));
        assertThat(ca.rolesOf("kim", MAR)).containsExactly(RepresentativeRole.K12_LEAD);
        assertThat(ca.delegationAt(MAY)).isEmpty();
        assertThat(roll.votingMembersAt(MAR, MAR)).containsExactly("CA");
        assertThat(roll.votingMembersAt(MAY, MAY)).isEmpty();
        assertThat(roll.memberOfPerson("ann", MAR)).map(MemberRecord::id).contains("CA");
        assertThat(roll.delegationOf("CA", MAR)).containsExactly("ann", "bob", "cyd");
        assertThat(roll.members()).extracting(MemberRecord::id).containsExactly("CA");
    }

    @Test
    void a_redelivered_fact_changes_nothing() {
        RecordedEvent admitted = event("WA", JAN, new MemberAdmitted("WA", JAN, MemberStatus.ACTIVE, Tier.AFFILIATE, false));

        roll.apply(admitted);
        roll.apply(admitted);

        assertThat(roll.member("WA").orElseThrow().standings()).hasSize(1);
    }

    private void apply(String memberId, Instant at, MembershipFact fact) {
        roll.apply(event(memberId, at, fact));
    }

    private RecordedEvent event(String memberId, Instant at, MembershipFact fact) {
        return new RecordedEvent(UUID.randomUUID(), "membership." + fact.getClass().getSimpleName() + ".v1", memberId,
                sequence.incrementAndGet(), at, "corr", null, Actor.SYSTEM, fact);
    }
}
