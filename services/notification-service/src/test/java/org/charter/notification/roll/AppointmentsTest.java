package org.charter.notification.roll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.charter.notification.roll.Appointments.AlternatesTerm;
import org.charter.notification.roll.Appointments.DelegateTerm;
import org.charter.membershiproll.member.MembershipFact.Appointee;
import org.junit.jupiter.api.Test;

class AppointmentsTest {

    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant JUN = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");

    private final Appointments ca = new Appointments("CA",
            List.of(new DelegateTerm(JUN, "new-del", "New"), new DelegateTerm(JAN, "old-del", "Old"),
                    new DelegateTerm(DEC, null, null)),
            List.of(new AlternatesTerm(JAN, List.of(new Appointee("alt-1", "A1"), new Appointee("alt-2", "A2")))));

    @Test
    void the_delegate_comes_first_then_the_alternates_in_order() {
        assertThat(ca.recipientsAt(JAN)).extracting(Recipient::personId).containsExactly("old-del", "alt-1", "alt-2");
        assertThat(ca.recipientsAt(JAN).get(0).isDelegate()).isTrue();
        assertThat(ca.recipientsAt(JAN).get(1).role()).isEqualTo(Recipient.Role.ALTERNATE);
    }

    @Test
    void a_later_appointment_replaces_the_delegate_from_its_effective_instant() {
        assertThat(ca.recipientsAt(JUN.minusSeconds(1))).extracting(Recipient::personId).startsWith("old-del");
        assertThat(ca.recipientsAt(JUN)).extracting(Recipient::personId).startsWith("new-del");
    }

    @Test
    void an_ended_delegacy_leaves_only_the_alternates() {
        assertThat(ca.recipientsAt(DEC)).extracting(Recipient::personId).containsExactly("alt-1", "alt-2");
    }

    @Test
    void nobody_receives_for_a_member_before_any_appointment() {
        assertThat(ca.recipientsAt(JAN.minusSeconds(1))).isEmpty();
        assertThat(Appointments.none("WA").recipientsAt(DEC)).isEmpty();
    }
}
