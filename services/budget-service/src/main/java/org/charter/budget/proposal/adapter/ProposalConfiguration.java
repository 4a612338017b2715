package org.charter.budget.proposal.adapter;

import java.time.Clock;
import java.util.List;
import org.charter.budget.proposal.BudgetYears;
import org.charter.budget.proposal.ProposingBudgets;
import org.charter.budget.proposal.RecordingBoardDecisions;
import org.charter.budget.proposal.ReviewingProposals;
import org.charter.platform.aggregate.EventStreams;
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
    RecordingBoardDecisions recordingBoardDecisions(BudgetYears years, Clock clock) {
        return new RecordingBoardDecisions(years, clock);
    }
}
