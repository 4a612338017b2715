package org.charter.budget.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.budget.proposal.BudgetYearFixture.FY2027;
import static org.charter.budget.proposal.BudgetYearFixture.balancedLines;
import static org.charter.budget.proposal.BudgetYearFixture.secretary;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.charter.budget.line.DeltaLine;
import org.charter.budget.line.LineKind;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;

/**
 * Every event type the budget records, produced by the real aggregate, matches its JSON Schema
 * in docs/events/budget/ (BudgetApiIT checks the same on the Kafka topic).
 */
class EventSchemasTest {

    @Test
    void every_budget_event_type_validates_against_its_schema() {
        BudgetYearFixture fixture = new BudgetYearFixture();
        fixture.adoptedSchedule();
        ProposalId budget = fixture.proposeBudget(balancedLines(0));
        fixture.reviewing.submit(budget, secretary());
        fixture.reviewing.returnToDraft(budget, "less travel", secretary());
        fixture.proposing.revise(budget, balancedLines(0), "less travel", secretary());
        fixture.reviewing.submit(budget, secretary());
        fixture.review(budget, 2, false);
        fixture.reviewing.recordExecutiveCommitteeComments(budget, "fewer items", List.of(new LineComment(LineKind.EXPENSE,
                "ITEM_DEVELOPMENT", null, "Items", "100,000.00 less")), secretary());
        fixture.proposing.revise(budget, balancedLines(0), "less travel", secretary());
        fixture.reviewing.submit(budget, secretary());
        fixture.review(budget, 3, true);
        fixture.vote(budget, 3, false);
        fixture.proposing.revise(budget, balancedLines(0), "after the vote", secretary());
        fixture.toBoard(budget);
        fixture.vote(budget, 4, false);
        fixture.proposing.revise(budget, balancedLines(0), null, secretary());
        fixture.toBoard(budget);
        fixture.vote(budget, 5, true);
        ProposalId amendment = BudgetYearFixture.lastId(fixture.proposing.proposeAmendment(FY2027, List.of(
                new DeltaLine(LineKind.EXPENSE, "PERSONNEL", null, "Staff", -100),
                new DeltaLine(LineKind.EXPENSE, "TRAVEL", null, "Trips", 100)), null, secretary()).state(),
                ProposalKind.AMENDMENT);
        fixture.toBoard(amendment);
        fixture.vote(amendment, 1, true);

        fixture.clock.set(java.time.Instant.parse("2027-07-01T07:00:00Z"));
        fixture.continuing.startIfDue(secretary());

        EventSchemas schemas = EventSchemas.inRepository();
        Set<String> types = new TreeSet<>();
        List<RecordedEvent> recorded = new java.util.ArrayList<>(fixture.years.history(FY2027));
        recorded.addAll(fixture.years.history(new org.charter.budget.fiscalyear.FiscalYear(2028)));
        for (RecordedEvent event : recorded) {
            schemas.validate(event);
            types.add(event.type().replace("charter.budget.", "").replace(".v1", ""));
        }
        assertThat(types).containsExactlyInAnyOrder("BudgetProposed", "BudgetRevised", "FeeScheduleProposed",
                "AmendmentProposed", "ProposalSubmitted", "ProposalReturned", "ProposalReferredToBoard", "ProposalAdopted",
                "ProposalRejected", "ContinuingBudgetStarted", "ProposalApprovedByExecutiveCommittee",
                "ProposalReturnedByExecutiveCommittee", "BoardVoteDeadlineSet", "ExecutiveCommitteeCommentsRecorded");
    }
}
