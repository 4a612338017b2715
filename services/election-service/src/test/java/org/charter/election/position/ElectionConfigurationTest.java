package org.charter.election.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.charter.membershiproll.member.RepresentativeRole;
import org.charter.election.position.adapter.ElectionSettings;
import org.junit.jupiter.api.Test;

/** election.yml states DOMAIN.md §2.2's positions and §5.1's periods as configuration. */
class ElectionConfigurationTest {

    private static ElectionSettings settings() {
        return ConfiguredPositions.settings();
    }

    @Test
    void the_seven_seats_of_the_executive_committee_with_their_eligibility_and_terms() {
        Positions positions = settings().positions();

        assertThat(positions.all()).extracting(Position::name).containsExactly("CHAIR", "CHAIR_ELECT", "PAST_CHAIR",
                "AT_LARGE_K12", "HIGHER_EDUCATION", "POSTSECONDARY_CAREERS");
        assertThat(positions.all().stream().mapToInt(Position::seats).sum()).isEqualTo(7);
        assertThat(positions.get("CHAIR_ELECT").eligible()).containsExactlyInAnyOrder(RepresentativeRole.K12_LEAD,
                RepresentativeRole.DELEGATE);
        assertThat(positions.get("AT_LARGE_K12").eligible()).containsExactlyInAnyOrder(RepresentativeRole.K12_LEAD,
                RepresentativeRole.DELEGATE, RepresentativeRole.ALTERNATE);
        assertThat(positions.get("AT_LARGE_K12").termYears()).isEqualTo(2);
        assertThat(positions.get("CHAIR").isElected()).isFalse();
        assertThat(positions.get("PAST_CHAIR").succeedsFrom()).isEqualTo("CHAIR");
        assertThat(positions.maxSeatsPerMember()).isEqualTo(1);
    }

    @Test
    void each_year_elects_the_chair_elect_one_at_large_seat_and_alternately_higher_education_or_careers() {
        Positions positions = settings().positions();

        assertThat(positions.electedFor(2028)).extracting(Position::name)
                .containsExactly("CHAIR_ELECT", "AT_LARGE_K12", "HIGHER_EDUCATION");
        assertThat(positions.electedFor(2027)).extracting(Position::name)
                .containsExactly("CHAIR_ELECT", "AT_LARGE_K12", "POSTSECONDARY_CAREERS");
    }

    @Test
    void the_periods_default_to_domain_md() {
        Periods periods = settings().defaultPeriods();

        assertThat(periods).isEqualTo(Periods.DEFAULTS);
        assertThat(periods.nominationsOpen()).isEqualTo(Duration.ofDays(45));
        assertThat(periods.ballot()).isEqualTo(Duration.ofDays(7));
    }
}
