package org.charter.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.charter.platform.error.Forbidden;
import org.charter.platform.event.Actor;
import org.junit.jupiter.api.Test;

class DelegationTest {

    @Test
    void a_delegate_may_act_for_its_own_member() {
        assertThatCode(() -> Delegation.requireDelegateOf(new Actor("alice", "delegate", "CA"), "CA"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_delegate_may_not_act_for_another_member() {
        assertThatThrownBy(() -> Delegation.requireDelegateOf(new Actor("alice", "delegate", "CA"), "WA"))
                .isInstanceOfSatisfying(Forbidden.class, e -> org.assertj.core.api.Assertions.assertThat(e.code())
                        .isEqualTo("NOT_MEMBER_DELEGATE"));
    }

    @Test
    void another_role_is_no_delegate_even_when_it_names_the_member() {
        assertThatThrownBy(() -> Delegation.requireDelegateOf(new Actor("sec", "secretary", "CA"), "CA"))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> Delegation.requireDelegateOf(Actor.SYSTEM, "CA"))
                .isInstanceOf(Forbidden.class);
    }
}
