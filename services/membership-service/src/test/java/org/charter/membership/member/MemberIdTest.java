package org.charter.membership.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.platform.test.Refusals.refused;

import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"CA", "WA", "USVI", "BIE", "DODEA", "NV2", "UCLA-CRESST"})
    void short_upper_case_ids_are_member_ids(String id) {
        assertThat(MemberId.of(id).value()).isEqualTo(id);
        assertThat(MemberId.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "C", "ca", "Ca", "2CA", "CA-", "-CA", "C A", "CA--X", "ABCDEFGHIJKLMNOPQ", "CA:1"})
    void anything_else_is_refused_with_what_to_fix(String id) {
        var refusal = refused(RuleViolation.class, "INVALID_MEMBER_ID", () -> MemberId.of(id));
        assertThat(refusal.getMessage()).contains("upper-case");
        assertThat(MemberId.isValid(id)).isFalse();
    }
}
