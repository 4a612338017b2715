package org.charter.workflow.ecelection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.charter.platform.error.InvalidRequest;
import org.junit.jupiter.api.Test;

/** The election process's own rules, without an engine: its calendar, the secretary's resolution, the seating count. */
class EcElectionRulesTest {

    @Test
    void the_calendar_defaults_to_domain_5_1_and_takes_overrides_naming_a_wrong_one() {
        var defaults = ElectionPeriods.defaultsWith(null);
        assertThat(defaults.nominationsOpen()).isEqualTo(Duration.ofDays(45));
        assertThat(defaults.slate()).isEqualTo(Duration.ofDays(10));
        assertThat(defaults.certification()).isEqualTo(Duration.ofDays(5));
        assertThat(ElectionPeriods.defaultsWith(Map.of("ballot", "PT3M")).ballot()).isEqualTo(Duration.ofMinutes(3));
        assertThat(defaults.servicePeriods()).doesNotContainKey("certification").hasSize(6);
        assertThat(defaults.asMap().keySet()).containsExactlyElementsOf(ElectionPeriods.NAMES);

        assertThatThrownBy(() -> ElectionPeriods.defaultsWith(Map.of("voting", "P7D")))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("periods.voting").hasMessageContaining("ballot");
        assertThatThrownBy(() -> ElectionPeriods.defaultsWith(Map.of("ballot", "-PT1M")))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> ElectionPeriods.defaultsWith(Map.of("ballot", "seven days")))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("ISO-8601");
    }

    @Test
    void a_refused_certification_is_certified_again_or_left_uncertified_only_with_a_note() {
        assertThat(RefusedCertification.decide("RETRY", null)).isInstanceOf(SecretaryResolution.Decision.Retry.class);
        assertThat(RefusedCertification.decide("LEAVE_UNCERTIFIED", " quorum not reachable "))
                .isEqualTo(new SecretaryResolution.Decision.GiveUp("quorum not reachable"));
        assertThat(RefusedCertification.decide("LEAVE_UNCERTIFIED", " "))
                .isInstanceOfSatisfying(SecretaryResolution.Decision.Refused.class,
                        refused -> assertThat(refused.problem())
                                .isEqualTo("resolutionNote: a contest left uncertified needs the reason on record"));
        assertThat(RefusedCertification.decide(null, null))
                .isInstanceOfSatisfying(SecretaryResolution.Decision.Refused.class,
                        refused -> assertThat(refused.problem()).startsWith("resolution: RETRY"));
    }

    @Test
    void a_refused_slate_is_asked_for_again_or_its_contest_ended_only_with_a_note() {
        assertThat(RefusedSlate.decide("RETRY", null)).isInstanceOf(SecretaryResolution.Decision.Retry.class);
        assertThat(RefusedSlate.decide("END_CONTEST", " the service lost the reopening "))
                .isEqualTo(new SecretaryResolution.Decision.GiveUp("the service lost the reopening"));
        assertThat(RefusedSlate.decide("END_CONTEST", null))
                .isInstanceOfSatisfying(SecretaryResolution.Decision.Refused.class,
                        refused -> assertThat(refused.problem()).startsWith("slateResolutionNote"));
        assertThat(RefusedSlate.decide("LEAVE_UNCERTIFIED", "x"))
                .isInstanceOfSatisfying(SecretaryResolution.Decision.Refused.class,
                        refused -> assertThat(refused.problem()).startsWith("slateResolution: RETRY")
                                .endsWith("was LEAVE_UNCERTIFIED"));
    }

    @Test
    void seating_is_complete_once_every_elected_person_is_seated_or_recorded_as_not_seated() {
        var two = Seating.awaiting(2);
        assertThat(two.complete()).isFalse();
        assertThat(two.after(true).complete()).isFalse();
        assertThat(two.after(true).after(false)).isEqualTo(new Seating(2, 1, 1));
        assertThat(two.after(true).after(false).complete()).isTrue();
        assertThat(Seating.awaiting(0).nobodyToSeat()).isTrue();
    }

    @Test
    void only_a_slate_without_a_ballot_ends_a_contest_there() {
        assertThat(ContestOutcome.of(SlateOutcome.ACCLAIMED)).isEqualTo(ContestOutcome.ACCLAIMED);
        assertThat(ContestOutcome.of(SlateOutcome.LEFT_VACANT)).isEqualTo(ContestOutcome.LEFT_VACANT);
        assertThat(SlateOutcome.REOPENED.decidedWithoutBallot()).isFalse();
        assertThatThrownBy(() -> ContestOutcome.of(SlateOutcome.SLATED)).isInstanceOf(IllegalArgumentException.class);
    }
}
