package org.charter.budget.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.budget.proposal.BudgetYearFixture.FY2027;
import static org.charter.budget.proposal.BudgetYearFixture.balancedLines;
import static org.charter.budget.proposal.BudgetYearFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.util.List;
import org.charter.budget.line.DeltaLine;
import org.charter.budget.line.LineKind;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §6.3: the Executive Committee "may return it with comments"; its poll publishes none,
 * so a secretary records them, only while the proposal stands returned by the poll.
 */
class ExecutiveCommitteeCommentsTest {

    private static final LineComment TRAVEL_LESS = new LineComment(LineKind.EXPENSE, "ITEM_DEVELOPMENT", null, "Items",
            "100,000.00 less");

    private BudgetYearFixture fixture;

    @BeforeEach
    void year() {
        fixture = new BudgetYearFixture();
        fixture.adoptedSchedule();
    }

    @Test
    void comments_on_a_version_the_poll_returned_are_recorded_with_its_motion_and_shown_to_the_revision() {
        ProposalId budget = returnedByPoll();
        Proposal.Step returned = fixture.year().proposal(budget).lastStep().orElseThrow();

        long before = fixture.streamVersion();
        BudgetYear year = fixture.reviewing.recordExecutiveCommitteeComments(budget, "move 100,000.00 to personnel",
                List.of(TRAVEL_LESS), secretary()).state();

        assertThat(fixture.streamVersion()).isEqualTo(before + 1);
        Proposal proposal = year.proposal(budget);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(proposal.executiveCommitteeComments()).singleElement().satisfies(c -> {
            assertThat(c.version()).isEqualTo(1);
            assertThat(c.motionId()).isEqualTo(returned.motionId());
            assertThat(c.pollId()).isEqualTo(returned.pollId());
            assertThat(c.comments()).isEqualTo("move 100,000.00 to personnel");
            assertThat(c.lineComments()).containsExactly(TRAVEL_LESS);
            assertThat(c.recordedBy()).isEqualTo(secretary().actor().subject());
        });

        fixture.proposing.revise(budget, balancedLines(0), "answers the EC's comments", secretary());
        Proposal revised = fixture.year().proposal(budget);
        assertThat(revised.executiveCommitteeComments(revised.version() - 1)).extracting(Proposal.ExecutiveCommitteeComments::comments)
                .containsExactly("move 100,000.00 to personnel");
        assertThat(revised.executiveCommitteeComments(revised.version())).isEmpty();
    }

    @Test
    void comments_are_refused_unless_the_proposal_stands_returned_by_the_poll_and_nothing_is_appended() {
        ProposalId budget = fixture.proposeBudget(balancedLines(0));
        refused(Conflict.class, "NOT_RETURNED_BY_POLL", () -> comment(budget, "in draft"));
        fixture.reviewing.submit(budget, secretary());
        refused(Conflict.class, "NOT_RETURNED_BY_POLL", () -> comment(budget, "under review"));
        fixture.reviewing.returnToDraft(budget, "returned by hand, comments already there", secretary());
        refused(Conflict.class, "NOT_RETURNED_BY_POLL", () -> comment(budget, "returned by hand"));

        fixture.reviewing.submit(budget, secretary());
        fixture.review(budget, 1, false);
        fixture.proposing.revise(budget, balancedLines(0), "revised", secretary());
        refused(Conflict.class, "NOT_RETURNED_BY_POLL", () -> comment(budget, "after the revision"));

        fixture.reviewing.submit(budget, secretary());
        fixture.review(budget, 2, true);
        refused(Conflict.class, "NOT_RETURNED_BY_POLL", () -> comment(budget, "approved, before the Board"));
        assertThat(fixture.year().proposal(budget).executiveCommitteeComments()).isEmpty();
    }

    @Test
    void blank_comments_and_line_comments_naming_no_line_of_the_returned_version_are_refused() {
        ProposalId budget = returnedByPoll();
        long before = fixture.streamVersion();

        refused(RuleViolation.class, "COMMENTS_REQUIRED", () -> comment(budget, " "));
        refused(RuleViolation.class, "INVALID_LINE", () -> fixture.reviewing.recordExecutiveCommitteeComments(budget,
                "see the lines", List.of(new LineComment(LineKind.EXPENSE, "TRAVEL", null, "Trips", "none")), secretary()));
        refused(RuleViolation.class, "COMMENTS_REQUIRED", () -> fixture.reviewing.recordExecutiveCommitteeComments(budget,
                "see the lines", List.of(new LineComment(LineKind.EXPENSE, "PERSONNEL", null, "Staff", "")), secretary()));
        refused(RuleViolation.class, "DUPLICATE_LINE", () -> fixture.reviewing.recordExecutiveCommitteeComments(budget,
                "see the lines", List.of(TRAVEL_LESS, TRAVEL_LESS), secretary()));
        assertThat(fixture.streamVersion()).isEqualTo(before);
    }

    @Test
    void an_amendment_and_a_fee_schedule_returned_by_the_poll_take_comments_too() {
        ProposalId budget = fixture.proposeBudget(balancedLines(0));
        fixture.toBoard(budget);
        fixture.vote(budget, 1, true);
        ProposalId amendment = BudgetYearFixture.lastId(fixture.proposing.proposeAmendment(FY2027, List.of(
                new DeltaLine(LineKind.EXPENSE, "PERSONNEL", null, "Staff", -100),
                new DeltaLine(LineKind.EXPENSE, "TRAVEL", null, "Trips", 100)), null, secretary()).state(),
                ProposalKind.AMENDMENT);
        fixture.reviewing.submit(amendment, secretary());
        fixture.review(amendment, 1, false);

        BudgetYear year = fixture.reviewing.recordExecutiveCommitteeComments(amendment, "no new travel", List.of(
                new LineComment(LineKind.EXPENSE, "TRAVEL", null, "Trips", "not this year")), secretary()).state();

        assertThat(year.proposal(amendment).executiveCommitteeComments()).singleElement()
                .satisfies(c -> assertThat(c.lineComments()).hasSize(1));
    }

    private ProposalId returnedByPoll() {
        ProposalId budget = fixture.proposeBudget(balancedLines(0));
        fixture.reviewing.submit(budget, secretary());
        fixture.review(budget, 1, false);
        return budget;
    }

    private void comment(ProposalId id, String comments) {
        fixture.reviewing.recordExecutiveCommitteeComments(id, comments, List.of(), secretary());
    }
}
