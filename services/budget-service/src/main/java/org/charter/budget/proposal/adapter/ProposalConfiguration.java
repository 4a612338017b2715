package org.charter.budget.proposal.adapter;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.charter.budget.proposal.BudgetYears;
import org.charter.budget.proposal.ProposingBudgets;
import org.charter.budget.proposal.RecordingBoardDecisions;
import org.charter.budget.proposal.ReviewingProposals;
import org.charter.budget.proposal.StartingContinuingBudgets;
import org.charter.platform.aggregate.EventStreams;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProposalConfiguration {

    @Bean
    BudgetYears budgetYears(EventStreams streams) {
        return new BudgetYears(streams, List.of());
    }

    @Bean
    ProposingBudgets proposingBudgets(BudgetYears years, Clock clock) {
        return new ProposingBudgets(years, clock);
    }

    @Bean
    ReviewingProposals reviewingProposals(BudgetYears years, Clock clock) {
        return new ReviewingProposals(years, clock);
    }

    @Bean
    StartingContinuingBudgets startingContinuingBudgets(BudgetYears years, Clock clock,
                                                        @Value("${charter.budget.zone:America/Los_Angeles}") ZoneId zone,
                                                        @Value("${charter.budget.continuing.vote-within-days:30}") int days) {
        return new StartingContinuingBudgets(years, clock, zone, days);
    }

    /** {@code tick}: how often the service looks whether a fiscal year started without an adopted budget. */
    @Bean
    ContinuingBudgetClock continuingBudgetClock(StartingContinuingBudgets starting,
                                                @Value("${charter.budget.continuing.tick:10m}") Duration tick) {
        return new ContinuingBudgetClock(starting, tick);
    }

    @Bean
    RecordingBoardDecisions recordingBoardDecisions(BudgetYears years, Clock clock) {
        return new RecordingBoardDecisions(years, clock);
    }
}
