package org.charter.gateway.devtoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import org.charter.conventions.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DevTokenRequestTest {

    @Test
    void a_delegate_with_a_member_is_valid() {
        var valid = new DevTokenRequest("alice", "delegate", "CA").validated();

        assertThat(valid).isEqualTo(new DevTokenRequest.Valid("alice", DevTokenRole.DELEGATE, "CA"));
    }

    @Test
    void a_secretary_needs_no_member() {
        var valid = new DevTokenRequest("sam", "secretary", null).validated();

        assertThat(valid.member()).isNull();
        assertThat(valid.role()).isEqualTo(DevTokenRole.SECRETARY);
    }

    @Test
    void an_empty_member_counts_as_none() {
        assertThat(new DevTokenRequest("ann", "auditor", "").validated().member()).isNull();
    }

    @Test
    void a_delegate_without_a_member_is_refused_naming_member() {
        assertThatThrownBy(() -> new DevTokenRequest("alice", "delegate", null).validated())
                .isInstanceOf(InvalidDevTokenRequest.class)
                .extracting(e -> ((InvalidDevTokenRequest) e).errors(), list(InvalidField.class))
                .extracting(InvalidField::field)
                .containsExactly("member");
    }

    @Test
    void an_unknown_role_is_refused_and_the_known_ones_are_listed() {
        assertThatThrownBy(() -> new DevTokenRequest("alice", "king", null).validated())
                .isInstanceOf(InvalidDevTokenRequest.class)
                .hasMessageContaining("role")
                .hasMessageContaining("delegate|secretary|auditor|admin");
    }

    @Test
    void roles_are_lowercase_as_in_the_claim() {
        assertThatThrownBy(() -> new DevTokenRequest("alice", "ADMIN", null).validated())
                .isInstanceOf(InvalidDevTokenRequest.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "ca", "TOOLONGMEMBERID17", "1CA", "CA-", "-CA", "U--S", "CA ", "É1"})
    void malformed_member_ids_are_refused(String member) {
        assertThatThrownBy(() -> new DevTokenRequest("alice", "delegate", member).validated())
                .isInstanceOf(InvalidDevTokenRequest.class)
                .hasMessageContaining("member")
                .hasMessageContaining("2 to 16 uppercase letters or digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CA", "USVI", "NASA", "A1", "ABCDEFGHIJKLMNOP", "UCLA-CRESST", "U-S"})
    void well_formed_member_ids_are_accepted(String member) {
        assertThat(new DevTokenRequest("alice", "delegate", member).validated().member()).isEqualTo(member);
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThatThrownBy(() -> new DevTokenRequest(" ", null, "x").validated())
                .isInstanceOf(InvalidDevTokenRequest.class)
                .extracting(e -> ((InvalidDevTokenRequest) e).errors(), list(InvalidField.class))
                .extracting(InvalidField::field)
                .containsExactly("subject", "role", "member");
    }

    @Test
    void an_overlong_subject_is_refused() {
        assertThatThrownBy(() -> new DevTokenRequest("x".repeat(201), "admin", null).validated())
                .hasMessageContaining("subject: must be at most 200 characters");
    }
}
