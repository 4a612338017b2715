package org.charter.budget.proposal.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.charter.budget.SecretariesAndAdmins;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.line.LineDiff;
import org.charter.budget.proposal.BudgetYear;
import org.charter.budget.proposal.BudgetYearEvent.ProposalEvent;
import org.charter.budget.proposal.BudgetYears;
import org.charter.budget.proposal.Proposal;
import org.charter.budget.proposal.ProposalId;
import org.charter.budget.proposal.ProposalKind;
import org.charter.budget.proposal.ProposingBudgets;
import org.charter.budget.proposal.ReviewingProposals;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "Budgets", description = "Budget proposals and their versions, fee schedules, amendments and their approval path"
        + " (DOMAIN 6)")
class ProposalController {

    private final ProposingBudgets proposing;
    private final ReviewingProposals reviewing;
    private final BudgetYears years;

    ProposalController(ProposingBudgets proposing, ReviewingProposals reviewing, BudgetYears years) {
        this.proposing = proposing;
        this.reviewing = reviewing;
        this.years = years;
    }

    @PostMapping("/budgets")
    @SecretariesAndAdmins
    @Operation(summary = "Propose a budget for a fiscal year", description = "Version 1, in DRAFT; lines in integer cents."
            + " Refused (409 ALREADY_ADOPTED) once the year has an adopted budget.")
    ResponseEntity<ProposalView> proposeBudget(@Valid @RequestBody BudgetRequests.Propose body, CommandContext context) {
        return created("/api/v1/budgets/", proposing.proposeBudget(FiscalYear.of(body.fiscalYear()), body.toLines(), context),
                ProposalKind.BUDGET);
    }

    @GetMapping("/budgets/{id}")
    @Operation(summary = "A budget: its current version's lines and totals, status and steps")
    ProposalView budget(@PathVariable String id) {
        return ProposalView.of(proposal(id, ProposalKind.BUDGET));
    }

    @PostMapping("/budgets/{id}/revisions")
    @SecretariesAndAdmins
    @Operation(summary = "Revise a budget into a new version", description = "From DRAFT (after the EC returned it) or"
            + " REJECTED; the new version starts in DRAFT. 409 WRONG_STEP under review or vote, ALREADY_ADOPTED once adopted.")
    ResponseEntity<ProposalView> revise(@PathVariable String id, @Valid @RequestBody BudgetRequests.Revise body,
                                        CommandContext context) {
        ProposalId budget = idOf(id, ProposalKind.BUDGET);
        Proposal revised = proposing.revise(budget, body.toLines(), body.note(), context).state().proposal(budget);
        return ResponseEntity.created(URI.create("/api/v1/budgets/" + id + "/versions/" + revised.version()))
                .body(ProposalView.of(revised));
    }

    @GetMapping("/budgets/{id}/versions")
    @Operation(summary = "Every version of a budget, 1 first, with its lines")
    List<VersionView> versions(@PathVariable String id) {
        Proposal budget = proposal(id, ProposalKind.BUDGET);
        return budget.versions().stream().map(v -> VersionView.of(budget, v)).toList();
    }

    @GetMapping("/budgets/{id}/versions/{number}")
    @Operation(summary = "One version of a budget")
    VersionView version(@PathVariable String id, @PathVariable int number) {
        Proposal budget = proposal(id, ProposalKind.BUDGET);
        return VersionView.of(budget, versionOf(budget, number));
    }

    @GetMapping("/budgets/{id}/versions/{from}/diff/{to}")
    @Operation(summary = "The differences between two versions, line by line", description = "Each line ADDED, REMOVED or"
            + " CHANGED with its amounts before and after and the change; unchanged lines are left out.")
    LineDiff diff(@PathVariable String id, @PathVariable int from, @PathVariable int to) {
        Proposal budget = proposal(id, ProposalKind.BUDGET);
        return LineDiff.between(from, versionOf(budget, from).lines(), to, versionOf(budget, to).lines());
    }

    @PostMapping({"/budgets/{id}/submission", "/fee-schedules/{id}/submission", "/amendments/{id}/submission"})
    @SecretariesAndAdmins
    @Operation(summary = "Send a DRAFT to the Executive Committee's review", description = "A budget must balance (422"
            + " BUDGET_NOT_BALANCED with gapCents = revenue − expense) and carry the adopted fee schedule's MEMBER_FEES lines"
            + " (422 FEE_LINES_MISMATCH); an amendment's deltas must balance.")
    ProposalView submit(@PathVariable String id, CommandContext context) {
        ProposalId proposal = ProposalId.of(id);
        return ProposalView.of(reviewing.submit(proposal, context).state().proposal(proposal));
    }

    @PostMapping({"/budgets/{id}/return", "/fee-schedules/{id}/return", "/amendments/{id}/return"})
    @SecretariesAndAdmins
    @Operation(summary = "Record that the Executive Committee returned it to DRAFT with comments")
    ProposalView returnToDraft(@PathVariable String id, @Valid @RequestBody BudgetRequests.Comments body,
                               CommandContext context) {
        ProposalId proposal = ProposalId.of(id);
        return ProposalView.of(reviewing.returnToDraft(proposal, body.comments(), context).state().proposal(proposal));
    }

    @PostMapping({"/budgets/{id}/executive-committee-comments", "/fee-schedules/{id}/executive-committee-comments",
            "/amendments/{id}/executive-committee-comments"})
    @SecretariesAndAdmins
    @Operation(summary = "Record what the Executive Committee said when its poll returned the proposal", description = "The"
            + " poll publishes no reasons; a secretary records them (comments, maybe one per line of the returned version)."
            + " Only while the proposal stands returned by the Executive Committee's poll (in DRAFT, not revised since),"
            + " else 409 NOT_RETURNED_BY_POLL; a line comment naming no line of that version is 422 INVALID_LINE. Shown in"
            + " the proposal's executiveCommitteeComments and, for a budget, in the next version's answersComments.")
    ProposalView recordExecutiveCommitteeComments(@PathVariable String id,
                                                  @Valid @RequestBody BudgetRequests.ExecutiveCommitteeComments body,
                                                  CommandContext context) {
        ProposalId proposal = ProposalId.of(id);
        return ProposalView.of(reviewing.recordExecutiveCommitteeComments(proposal, body.comments(), body.toLineComments(),
                context).state().proposal(proposal));
    }

    @PostMapping({"/budgets/{id}/board-referral", "/fee-schedules/{id}/board-referral", "/amendments/{id}/board-referral"})
    @SecretariesAndAdmins
    @Operation(summary = "Record that the Executive Committee sent it on to the Governing Board's vote", description = "The"
            + " vote is a committee poll: a motion of the proposal's motionKind with subject {\"budget\":\"<id>\","
            + "\"version\":N}; its adoption or rejection moves the proposal.")
    ProposalView referToBoard(@PathVariable String id, @Valid @RequestBody(required = false) BudgetRequests.Comments body,
                              CommandContext context) {
        ProposalId proposal = ProposalId.of(id);
        return ProposalView.of(reviewing.referToBoard(proposal, body == null ? null : body.comments(), context).state()
                .proposal(proposal));
    }

    @GetMapping({"/budgets/{id}/history", "/fee-schedules/{id}/history", "/amendments/{id}/history"})
    @Operation(summary = "Every event of the proposal, in order, with who recorded it")
    List<HistoryEntry> history(@PathVariable String id) {
        ProposalId proposal = ProposalId.of(id);
        years.get(proposal.year()).proposal(proposal);
        return years.history(proposal.year()).stream()
                .filter(e -> e.data() instanceof ProposalEvent p && p.proposalId().equals(id))
                .map(HistoryEntry::of).toList();
    }

    @PostMapping("/fee-schedules")
    @SecretariesAndAdmins
    @Operation(summary = "Propose a fee schedule for a fiscal year", description = "One rate per tier (PER_STUDENT or FLAT)"
            + " and the members billed; each member's fee is rounded half-even, each tier's total is the sum of its fees.")
    ResponseEntity<ProposalView> proposeSchedule(@Valid @RequestBody BudgetRequests.ProposeSchedule body,
                                                 CommandContext context) {
        return created("/api/v1/fee-schedules/", proposing.proposeFeeSchedule(FiscalYear.of(body.fiscalYear()),
                body.toSchedule(), context), ProposalKind.FEE_SCHEDULE);
    }

    @GetMapping("/fee-schedules/{id}")
    @Operation(summary = "A fee schedule: rates, each member's full-year fee, tier totals, status")
    ProposalView schedule(@PathVariable String id) {
        return ProposalView.of(proposal(id, ProposalKind.FEE_SCHEDULE));
    }

    @PostMapping("/amendments")
    @SecretariesAndAdmins
    @Operation(summary = "Propose an amendment to the year's adopted budget", description = "Delta lines (negative lowers a"
            + " line, a new key adds one); balanced when it leaves DRAFT; no line may go below zero.")
    ResponseEntity<ProposalView> proposeAmendment(@Valid @RequestBody BudgetRequests.ProposeAmendment body,
                                                  CommandContext context) {
        return created("/api/v1/amendments/", proposing.proposeAmendment(FiscalYear.of(body.fiscalYear()), body.toDeltas(),
                body.reason(), context), ProposalKind.AMENDMENT);
    }

    @GetMapping("/amendments/{id}")
    @Operation(summary = "An amendment: its delta lines, status and steps")
    ProposalView amendment(@PathVariable String id) {
        return ProposalView.of(proposal(id, ProposalKind.AMENDMENT));
    }

    private static ResponseEntity<ProposalView> created(String path, Recorded<BudgetYear> recorded, ProposalKind kind) {
        ProposalEvent event = (ProposalEvent) recorded.events().get(0).data();
        Proposal proposal = recorded.state().proposal(ProposalId.of(event.proposalId()));
        return ResponseEntity.created(URI.create(path + proposal.id())).body(ProposalView.of(proposal));
    }

    private Proposal proposal(String id, ProposalKind kind) {
        ProposalId proposal = idOf(id, kind);
        return years.find(proposal.year()).orElseThrow(() -> notFound(id)).proposal(proposal);
    }

    private static ProposalId idOf(String id, ProposalKind kind) {
        ProposalId proposal = ProposalId.of(id);
        if (proposal.kind() != kind) {
            throw notFound(id);
        }
        return proposal;
    }

    private static NotFound notFound(String id) {
        return new NotFound("PROPOSAL_NOT_FOUND", "no proposal with id " + id);
    }

    private static Proposal.Version versionOf(Proposal budget, int number) {
        return budget.versionNumber(number).orElseThrow(() -> new NotFound("VERSION_NOT_FOUND", "budget " + budget.id()
                + " has versions 1 to " + budget.version() + ", not " + number));
    }

    /**
     * One version with its totals; {@code answersComments}: what the Executive Committee said of the
     * version before it, which this revision answers.
     */
    record VersionView(int number, List<org.charter.budget.line.BudgetLine> lines, long revenueCents, long expenseCents,
                       long gapCents, String note, Instant at, List<Proposal.ExecutiveCommitteeComments> answersComments) {
        static VersionView of(Proposal budget, Proposal.Version v) {
            return new VersionView(v.number(), v.lines().lines(), v.lines().revenueCents(), v.lines().expenseCents(),
                    v.lines().gapCents(), v.note(), v.at(), budget.executiveCommitteeComments(v.number() - 1));
        }
    }

    /** One recorded event with its envelope. */
    record HistoryEntry(long sequence, String id, String type, Instant time, Actor actor, String correlationId,
                        DomainEvent data) {
        static HistoryEntry of(RecordedEvent event) {
            return new HistoryEntry(event.sequence(), event.id().toString(), event.type(), event.time(), event.actor(),
                    event.correlationId(), event.data());
        }
    }
}
