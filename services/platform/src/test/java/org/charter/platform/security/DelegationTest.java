package org.charter.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.charter.platform.error.Forbidden;
import org.charter.platform.event.Actor;
import org.junit.jupiter.api.Test;

class DelegationTest {

    private static final Instant REPLACED_AT = Instant.parse("2026-03-01T17:00:00Z");

    /** Member CA: delegate ca-first until REPLACED_AT, ca-second from then on; alternate ca-alt throughout. */
    private static final DelegationRoster MEMBERSHIP = (member, at) -> {
        if (!member.equals("CA")) {
            return Set.of();
        }
        return at.isBefore(REPLACED_AT) ? Set.of("ca-first", "ca-alt") : Set.of("ca-second", "ca-alt");
    };

    @Test
    void a_delegate_may_act_for_its_own_member() {
        assertThatCode(() -> Delegation.requireDelegateOf(new Actor("alice", "delegate", "CA"), "CA"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_delegate_may_not_act_for_another_member() {
        assertThatThrownBy(() -> Delegation.requireDelegateOf(new Actor("alice", "delegate", "CA"), "WA"))
                .isInstanceOfSatisfying(Forbidden.class, e -> assertThat(e.code()).isEqualTo("NOT_MEMBER_DELEGATE"));
    }

    @Test
    void another_role_is_no_delegate_even_when_it_names_the_member() {
        assertThatThrownBy(() -> Delegation.requireDelegateOf(new Actor("sec", "secretary", "CA"), "CA"))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> Delegation.requireDelegateOf(Actor.SYSTEM, "CA"))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void the_delegate_in_office_and_an_alternate_may_act_for_the_member() {
        Instant before = REPLACED_AT.minusMillis(1);
        assertThatCode(() -> Delegation.requireDelegateOf(new Actor("ca-first", "delegate", "CA"), "CA", before, MEMBERSHIP))
                .doesNotThrowAnyException();
        assertThatCode(() -> Delegation.requireDelegateOf(new Actor("ca-alt", "delegate", "CA"), "CA", REPLACED_AT, MEMBERSHIP))
                .doesNotThrowAnyException();
        assertThat(Delegation.isDelegateOf(new Actor("ca-second", "delegate", "CA"), "CA", REPLACED_AT, MEMBERSHIP)).isTrue();
    }

    @Test
    void a_replaced_delegate_is_refused_from_the_effective_instant_although_its_token_still_names_the_member() {
        Actor stillClaimingCa = new Actor("ca-first", "delegate", "CA");

        assertThat(Delegation.isDelegateOf(stillClaimingCa, "CA", REPLACED_AT.minusMillis(1), MEMBERSHIP)).isTrue();
        assertThatThrownBy(() -> Delegation.requireDelegateOf(stillClaimingCa, "CA", REPLACED_AT, MEMBERSHIP))
                .isInstanceOfSatisfying(Forbidden.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_MEMBER_DELEGATE");
                    assertThat(e.getMessage()).contains("ca-first", "member CA", REPLACED_AT.toString());
                });
    }

    @Test
    void a_successor_may_not_act_before_its_appointment_takes_effect() {
        assertThatThrownBy(() -> Delegation.requireDelegateOf(new Actor("ca-second", "delegate", "CA"), "CA",
                REPLACED_AT.minusSeconds(1), MEMBERSHIP)).isInstanceOf(Forbidden.class);
    }

    @Test
    void a_person_in_office_is_refused_when_its_token_names_another_member() {
        assertThatThrownBy(() -> Delegation.requireDelegateOf(new Actor("ca-second", "delegate", "WA"), "CA",
                REPLACED_AT, MEMBERSHIP)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> Delegation.requireDelegateOf(new Actor("ca-second", "secretary", null), "CA",
                REPLACED_AT, MEMBERSHIP)).isInstanceOf(Forbidden.class);
    }
}
