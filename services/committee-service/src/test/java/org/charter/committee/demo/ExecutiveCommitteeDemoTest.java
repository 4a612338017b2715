package org.charter.committee.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.charter.committee.committee.BodiesFixture;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.committee.ExecutivePosition;
import org.charter.committee.committee.Roster;
import org.charter.platform.demo.DemoLoads;
import org.junit.jupiter.api.Test;

/** The devstack's initial Executive Committee roster: a Chair and five more seats for the current term, recorded once. */
class ExecutiveCommitteeDemoTest {

    private final BodiesFixture bodies = new BodiesFixture();
    private final Map<String, Map<String, String>> loaded = new HashMap<>();
    private final DemoLoads loads = new DemoLoads() {
        @Override
        public boolean claim(String name, Instant at) {
            return loaded.putIfAbsent(name, Map.of()) == null;
        }

        @Override
        public void finished(String name, Map<String, String> produced, Instant at) {
            loaded.put(name, produced);
        }
    };
    private final ExecutiveCommitteeDemo demo = new ExecutiveCommitteeDemo(loads, bodies.appointing, bodies.clock);

    @Test
    void the_demo_members_hold_the_seats_for_the_current_term_with_a_chair_once() {
        for (String member : new String[] {"WA", "OR", "NV", "MT", "USVI", "ND"}) {
            bodies.roll.add(member).governing(BodiesFixture.SINCE);
        }

        assertThat(demo.load()).hasValueSatisfying(seats -> assertThat(seats).containsEntry("CHAIR", "wa-k12")
                .containsEntry("AT_LARGE_K12", "mt-k12,usvi-k12"));

        Roster ec = bodies.roster(CommitteeId.EXECUTIVE_COMMITTEE);
        assertThat(ec.chair().personId()).isEqualTo("wa-k12");
        assertThat(ec.seats()).extracting(Roster.Seat::attendee).containsExactly("WA", "OR", "NV", "MT", "USVI", "ND");
        // BodiesFixture's clock stands at 2026-03-02: the term since 2025-07-01, midnight in the consortium's zone
        assertThat(ec.seats()).allSatisfy(seat -> {
            assertThat(seat.since()).isEqualTo(Instant.parse("2025-07-01T07:00:00Z"));
            assertThat(seat.until()).isEqualTo(Instant.parse("2026-07-01T07:00:00Z"));
        });
        assertThat(ec.vacancies()).extracting(Roster.Vacancy::position).containsExactly(ExecutivePosition.POSTSECONDARY_CAREERS);
        assertThat(ec.quorum().required()).isEqualTo(4);

        int appends = bodies.appends();
        assertThat(demo.load()).isEmpty();
        assertThat(bodies.appends()).isEqualTo(appends);
    }

    @Test
    void the_term_starts_on_the_last_july_first_in_the_consortiums_zone() {
        assertThat(ExecutiveCommitteeDemo.lastJulyFirst(Instant.parse("2026-07-01T07:00:00Z")))
                .isEqualTo(Instant.parse("2026-07-01T07:00:00Z"));
        assertThat(ExecutiveCommitteeDemo.lastJulyFirst(Instant.parse("2026-07-01T06:59:59Z")))
                .isEqualTo(Instant.parse("2025-07-01T07:00:00Z"));
        assertThat(ExecutiveCommitteeDemo.lastJulyFirst(Instant.parse("2026-12-06T23:00:00Z")))
                .isEqualTo(Instant.parse("2026-07-01T07:00:00Z"));
    }
}
