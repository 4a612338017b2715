package org.charter.membership.representative.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.charter.membership.representative.RepresentativeRole;
import org.junit.jupiter.api.Test;

class RepresentativeRequestsTest {

    @Test
    void the_request_reads_no_more_alternates_than_a_member_may_have() {
        assertThat(RepresentativeRequests.MAX_ALTERNATES).isEqualTo(RepresentativeRole.ALTERNATE.maxHolders());
    }
}
