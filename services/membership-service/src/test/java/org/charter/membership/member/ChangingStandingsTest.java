package org.charter.membership.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.membership.member.MemberBuilder.NOW;
import static org.charter.membership.member.MemberBuilder.ruling;
import static org.charter.platform.test.Refusals.refused;

import java.time.Clock;
import java.time.ZoneOffset;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.test.InMemoryEventStore;
import org.charter.membership.member.RegisteringMembers.RegisterMember;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.junit.jupiter.api.Test;

class ChangingStandingsTest {

    private static final CommandContext SECRETARY = new CommandContext(new Actor("sam", "secretary", null), "corr-1", null);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryEventStore store = new InMemoryEventStore(clock, "membership");
    private final Members members = new Members(EventStreams.of(store));
    private final RegisteringMembers registering = new RegisteringMembers(members, clock);
    private final ChangingStandings changing = new ChangingStandings(members, clock);

    @Test
    void a_member_is_registered_then_admitted_and_each_event_carries_the_actor() {
        registering.register(new RegisterMember(MemberId.of("OR"), "Oregon", MemberKind.STATE, Tier.GOVERNING, null), SECRETARY);

        Recorded<Member> changed = changing.admit(MemberId.of("OR"), ruling(NOW), SECRETARY);

        assertThat(changed.state().scheduled().status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(changed.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("charter.membership.MemberAdmitted.v1");
            assertThat(e.sequence()).isEqualTo(2);
            assertThat(e.actor().subject()).isEqualTo("sam");
        });
    }

    @Test
    void an_id_is_registered_once() {
        var command = new RegisterMember(MemberId.of("OR"), "Oregon", MemberKind.STATE, Tier.GOVERNING, null);
        registering.register(command, SECRETARY);

        refused(Conflict.class, "MEMBER_ALREADY_EXISTS", () -> registering.register(command, SECRETARY));
        assertThat(store.version("OR")).isEqualTo(1);
    }

    @Test
    void an_unknown_member_is_not_found_and_a_refused_command_appends_nothing() {
        refused(NotFound.class, "MEMBER_NOT_FOUND", () -> changing.suspend(MemberId.of("ZZ"), null, ruling(NOW), SECRETARY));
        registering.register(new RegisterMember(MemberId.of("OR"), "Oregon", MemberKind.STATE, Tier.GOVERNING, null), SECRETARY);

        refused(Conflict.class, "ILLEGAL_TRANSITION", () -> changing.suspend(MemberId.of("OR"), null, ruling(NOW), SECRETARY));
        assertThat(store.version("OR")).isEqualTo(1);
        assertThat(store.load("ZZ")).isEmpty();
    }
}
