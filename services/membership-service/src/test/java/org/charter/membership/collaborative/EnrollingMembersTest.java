package org.charter.membership.collaborative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.membership.member.MemberBuilder.aMember;
import static org.charter.platform.test.Refusals.refused;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.test.InMemoryEventStore;
import org.charter.membership.member.MemberId;
import org.charter.membership.member.Members;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrollingMembersTest {

    private static final CommandContext SECRETARY = new CommandContext(new Actor("sam", "secretary", null), "c", null);
    private static final CollaborativeId ECE = CollaborativeId.of("early-childhood");
    private static final ProgramYear Y2025 = ProgramYear.parse("2025-26");

    private final Clock clock = Clock.fixed(Instant.parse("2025-09-15T16:00:00Z"), ZoneOffset.UTC);
    private final InMemoryEventStore store = new InMemoryEventStore(clock, "membership");
    private final EnrollingMembers enrolling = new EnrollingMembers(new Collaboratives(EventStreams.of(store)), new Members(EventStreams.of(store)), clock);

    @BeforeEach
    void given() {
        enrolling.create(ECE, "Early Childhood Education", "CCSSO-style collaborative", SECRETARY);
    }

    @Test
    void an_active_member_enrols() {
        store.append("CA", 0, aMember().id("CA").active().events(), SECRETARY);

        enrolling.enrol(ECE, MemberId.of("CA"), Y2025, 100_00, List.of("Ann"), SECRETARY);

        assertThat(new Collaboratives(EventStreams.of(store)).get(ECE).enrolmentsIn(Y2025)).extracting(Enrolment::memberId).containsExactly("CA");
    }

    @Test
    void licensees_applicants_and_unknown_members_do_not_enrol() {
        store.append("LX", 0, aMember().id("LX").licensee().active().events(), SECRETARY);
        store.append("AP", 0, aMember().id("AP").applicant().events(), SECRETARY);

        refused(RuleViolation.class, "LICENSEE_NOT_ENROLLED",
                () -> enrolling.enrol(ECE, MemberId.of("LX"), Y2025, 0, List.of(), SECRETARY));
        refused(RuleViolation.class, "MEMBER_NOT_ACTIVE",
                () -> enrolling.enrol(ECE, MemberId.of("AP"), Y2025, 0, List.of(), SECRETARY));
        refused(NotFound.class, "MEMBER_NOT_FOUND",
                () -> enrolling.enrol(ECE, MemberId.of("ZZ"), Y2025, 0, List.of(), SECRETARY));
        refused(NotFound.class, "COLLABORATIVE_NOT_FOUND",
                () -> enrolling.enrol(CollaborativeId.of("nope"), MemberId.of("AP"), Y2025, 0, List.of(), SECRETARY));
        assertThat(store.version(ECE.streamId())).isEqualTo(1);
    }
}
