package org.charter.membership.collaborative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.platform.test.Refusals.refused;

import java.time.Instant;
import java.util.List;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

class CollaborativeTest {

    private static final Instant NOW = Instant.parse("2025-09-15T16:00:00Z");
    private static final ProgramYear Y2025 = ProgramYear.parse("2025-26");
    private static final ProgramYear Y2026 = ProgramYear.parse("2026-27");

    private final Collaborative collaborative = Collaborative.replay(
            Collaborative.create(CollaborativeId.of("early-childhood"), "Early Childhood Education", null, NOW));

    @Test
    void members_enrol_per_program_year_with_a_fee_and_named_participants() {
        apply(collaborative.enrol("CA", Y2025, 250_000, List.of("Ann Lee", " "), NOW));
        apply(collaborative.enrol("WA", Y2025, 125_000, List.of(), NOW));
        apply(collaborative.enrol("CA", Y2026, 250_000, List.of("Ann Lee"), NOW));

        assertThat(collaborative.enrolmentsIn(Y2025)).extracting(Enrolment::memberId).containsExactly("CA", "WA");
        assertThat(collaborative.enrolmentsIn(Y2025).get(0).participants()).containsExactly("Ann Lee");
        assertThat(collaborative.enrolmentsIn(Y2026)).extracting(Enrolment::memberId).containsExactly("CA");
    }

    @Test
    void a_member_that_left_during_the_year_belonged_to_it_until_it_left() {
        apply(collaborative.enrol("CA", Y2025, 0, List.of(), NOW));
        Instant left = Instant.parse("2026-01-15T08:00:00Z");

        apply(collaborative.leave("CA", Y2025, left, NOW));

        assertThat(collaborative.enrolmentsIn(Y2025)).singleElement().extracting(Enrolment::leftAt).isEqualTo(left);
        assertThat(collaborative.participantsAt(left.minusSeconds(1))).extracting(Enrolment::memberId).containsExactly("CA");
        assertThat(collaborative.participantsAt(left)).isEmpty();
    }

    @Test
    void enrolling_twice_in_a_year_leaving_twice_or_leaving_without_enrolling_is_refused() {
        apply(collaborative.enrol("CA", Y2025, 0, List.of(), NOW));

        refused(Conflict.class, "ALREADY_ENROLLED", () -> collaborative.enrol("CA", Y2025, 0, List.of(), NOW));
        refused(NotFound.class, "ENROLMENT_NOT_FOUND", () -> collaborative.leave("WA", Y2025, null, NOW));
        apply(collaborative.leave("CA", Y2025, null, NOW));
        refused(Conflict.class, "ALREADY_LEFT", () -> collaborative.leave("CA", Y2025, null, NOW));
    }

    @Test
    void fees_are_not_negative_and_past_years_are_closed() {
        refused(RuleViolation.class, "NEGATIVE_FEE", () -> collaborative.enrol("CA", Y2025, -1, List.of(), NOW));
        refused(RuleViolation.class, "PROGRAM_YEAR_OVER",
                () -> collaborative.enrol("CA", ProgramYear.parse("2024-25"), 0, List.of(), NOW));
        refused(RuleViolation.class, "PROGRAM_YEAR_REQUIRED", () -> collaborative.enrol("CA", null, 0, List.of(), NOW));
    }

    @Test
    void leaving_must_fall_inside_the_year_and_after_enrolment() {
        apply(collaborative.enrol("CA", Y2025, 0, List.of(), NOW));

        refused(RuleViolation.class, "PROGRAM_YEAR_OVER", () -> collaborative.leave("CA", Y2025, Y2025.endsAt(), NOW));
        refused(RuleViolation.class, "LEFT_BEFORE_ENROLLED", () -> collaborative.leave("CA", Y2025, NOW.minusSeconds(1), NOW));
    }

    @Test
    void a_collaborative_needs_a_name_and_a_slug_id() {
        refused(RuleViolation.class, "COLLABORATIVE_NAME_REQUIRED",
                () -> Collaborative.create(CollaborativeId.of("x1"), " ", null, NOW));
        refused(RuleViolation.class, "INVALID_COLLABORATIVE_ID", () -> CollaborativeId.of("Early Childhood"));
    }

    private void apply(List<CollaborativeEvent> events) {
        events.forEach(collaborative::apply);
    }
}
