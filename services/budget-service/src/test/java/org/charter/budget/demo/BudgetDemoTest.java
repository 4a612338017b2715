package org.charter.budget.demo;

import org.charter.platform.demo.DemoLoads;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charter.platform.test.MovableClock;
import org.charter.budget.proposal.BudgetYear;
import org.charter.budget.proposal.BudgetYears;
import org.charter.budget.proposal.ProposalId;
import org.charter.budget.proposal.ProposalStatus;
import org.charter.budget.proposal.ProposingBudgets;
import org.charter.budget.proposal.ReviewingProposals;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.test.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/** The demo's FY2027: in review, balanced, its fee schedule before the Executive Committee too; loaded once. */
class BudgetDemoTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T12:00:00Z"));
    private final BudgetYears years = new BudgetYears(EventStreams.of(new InMemoryEventStore(clock, "budget")), List.of());
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
    private final BudgetDemo demo = new BudgetDemo(loads, new ProposingBudgets(years, clock),
            new ReviewingProposals(years, clock), clock);

    @Test
    void the_demo_puts_fy2027_before_the_executive_committee_balanced_with_its_first_versions_gap_kept() {
        Map<String, String> produced = demo.load().orElseThrow();

        BudgetYear year = years.get(BudgetDemo.YEAR);
        var budget = year.proposal(ProposalId.of(produced.get("budget")));
        assertThat(budget.status()).isEqualTo(ProposalStatus.EC_REVIEW);
        assertThat(budget.version()).isEqualTo(2);
        assertThat(budget.lines().revenueCents()).isEqualTo(31_000_000_00L).isEqualTo(budget.lines().expenseCents());
        assertThat(budget.versionNumber(1).orElseThrow().lines().gapCents()).isEqualTo(-50_000_00L);
        var schedule = year.proposal(ProposalId.of(produced.get("feeSchedule")));
        assertThat(schedule.status()).isEqualTo(ProposalStatus.EC_REVIEW);
        assertThat(schedule.schedule().assessments()).hasSize(BudgetDemo.GOVERNING.size() + BudgetDemo.AFFILIATES.size());
        assertThat(loaded.get(BudgetDemo.NAME)).isEqualTo(produced);
    }

    @Test
    void the_demo_loads_once() {
        demo.load();
        long version = years.get(BudgetDemo.YEAR).version();

        assertThat(demo.load()).isEmpty();
        assertThat(years.get(BudgetDemo.YEAR).version()).isEqualTo(version);
    }
}
