package org.charter.budget.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.charter.budget.fee.FeeSchedule;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.line.BudgetLine;
import org.charter.budget.line.BudgetNotBalanced;
import org.charter.budget.line.DeltaLine;
import org.charter.budget.line.LineKey;
import org.charter.budget.line.Lines;
import org.charter.budget.proposal.BudgetYearEvent.AmendmentProposed;
import org.charter.budget.proposal.BudgetYearEvent.BudgetProposed;
import org.charter.budget.proposal.BudgetYearEvent.BudgetRevised;
import org.charter.budget.proposal.BudgetYearEvent.FeeScheduleProposed;
import org.charter.budget.proposal.BudgetYearEvent.ProposalAdopted;
import org.charter.budget.proposal.BudgetYearEvent.ProposalApprovedByExecutiveCommittee;
import org.charter.budget.proposal.BudgetYearEvent.ProposalRejected;
import org.charter.budget.proposal.BudgetYearEvent.ProposalReferredToBoard;
import org.charter.budget.proposal.BudgetYearEvent.ProposalReturned;
import org.charter.budget.proposal.BudgetYearEvent.ProposalReturnedByExecutiveCommittee;
import org.charter.budget.proposal.BudgetYearEvent.ProposalSubmitted;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;

/**
 * A fiscal year's budgets, fee schedules and amendments (DOMAIN.md §6), one aggregate so that its
 * rules are decided in one append: at most one adopted budget and one adopted fee schedule a
 * year; an adopted proposal never changes; a budget leaves DRAFT only balanced and with the fee
 * lines of the adopted schedule; amendments are balanced deltas to the adopted budget, and the
 * effective budget is the adopted one plus the adopted amendments.
 */
public final class BudgetYear implements EventSourced<BudgetYearEvent> {

    public static final AggregateKind<FiscalYear, BudgetYear, BudgetYearEvent> KIND = AggregateKind
            .of("fiscal year", BudgetYearEvent.class, (FiscalYear year) -> "fiscal-year:" + year, BudgetYear::replay)
            .withNotFound(year -> new NotFound("FISCAL_YEAR_NOT_FOUND", "nothing has been proposed for " + year + " yet"));

    private final FiscalYear year;
    private final Map<ProposalId, Proposal> proposals = new LinkedHashMap<>();
    private Lines continuingOn;
    private Instant voteOpensBy;
    private long version;

    private BudgetYear(FiscalYear year) {
        this.year = year;
    }

    /** A year nothing has been proposed for (version 0: its first append starts the stream). */
    public static BudgetYear empty(FiscalYear year) {
        return new BudgetYear(year);
    }

    static BudgetYear replay(List<BudgetYearEvent> events) {
        BudgetYear budgetYear = new BudgetYear(FiscalYear.of(events.get(0).fiscalYear()));
        events.forEach(budgetYear::apply);
        return budgetYear;
    }

    // ------------------------------------------------------------------ commands

    public List<BudgetYearEvent> proposeBudget(Lines lines, String by, Instant at) {
        requireNoAdoptedBudget();
        ProposalId id = nextId(ProposalKind.BUDGET);
        return List.of(new BudgetProposed(year.toString(), id.toString(), 1, lines.lines(), lines.revenueCents(),
                lines.expenseCents(), by, at));
    }

    /** A new version of a budget in DRAFT (or returned to it) or REJECTED; it starts in DRAFT. */
    public List<BudgetYearEvent> reviseBudget(ProposalId id, Lines lines, String note, String by, Instant at) {
        Proposal budget = proposal(id);
        if (budget.kind() != ProposalKind.BUDGET) {
            throw new Conflict("WRONG_STEP", id + " is a " + budget.kind() + "; only budgets are revised, propose a new one");
        }
        requireNotAdopted(budget);
        if (budget.status() == ProposalStatus.EC_REVIEW || budget.status() == ProposalStatus.BOARD_VOTE) {
            throw new Conflict("WRONG_STEP", id + " version " + budget.version() + " is in " + budget.status()
                    + ": it is revised once returned by the Executive Committee or rejected by the Board");
        }
        requireNoAdoptedBudget();
        return List.of(new BudgetRevised(year.toString(), id.toString(), budget.version() + 1, lines.lines(),
                lines.revenueCents(), lines.expenseCents(), note, by, at));
    }

    public List<BudgetYearEvent> proposeFeeSchedule(FeeSchedule schedule, String by, Instant at) {
        adoptedFeeSchedule().ifPresent(adopted -> {
            throw new Conflict("ALREADY_ADOPTED", year + " has an adopted fee schedule (" + adopted.id() + "); a fee schedule"
                    + " is adopted once a year");
        });
        ProposalId id = nextId(ProposalKind.FEE_SCHEDULE);
        return List.of(new FeeScheduleProposed(year.toString(), id.toString(), schedule.rates(), schedule.assessments(),
                schedule.tierTotals(), by, at));
    }

    /** Delta lines to the adopted budget; balanced and leaving no line below zero when it leaves DRAFT. */
    public List<BudgetYearEvent> proposeAmendment(List<DeltaLine> deltas, String reason, String by, Instant at) {
        Proposal adopted = adoptedBudget().orElseThrow(() -> new Conflict("NO_ADOPTED_BUDGET", year + " has no adopted"
                + " budget to amend"));
        if (deltas.isEmpty() || deltas.size() > Lines.MAX_LINES) {
            throw new RuleViolation("INVALID_LINE", "lines: an amendment has 1 to " + Lines.MAX_LINES + " delta lines");
        }
        if (deltas.stream().map(DeltaLine::key).distinct().count() != deltas.size()) {
            throw new RuleViolation("DUPLICATE_LINE", "lines: each line is amended once per amendment");
        }
        effectiveLines().plus(deltas);
        ProposalId id = nextId(ProposalKind.AMENDMENT);
        Proposal probe = new Proposal(id);
        probe.amendment(adopted.id().toString(), deltas, reason);
        return List.of(new AmendmentProposed(year.toString(), id.toString(), adopted.id().toString(), deltas,
                probe.revenueDeltaCents(), probe.expenseDeltaCents(), reason, by, at));
    }

    /** DRAFT → EC_REVIEW, when the proposal may leave DRAFT (DOMAIN.md §6.2, §6.3). */
    public List<BudgetYearEvent> submit(ProposalId id, String by, Instant at) {
        Proposal proposal = proposal(id);
        requireNotAdopted(proposal);
        if (proposal.status() != ProposalStatus.DRAFT) {
            throw new Conflict("WRONG_STEP", id + " is in " + proposal.status() + "; only a DRAFT is submitted"
                    + (proposal.status() == ProposalStatus.REJECTED ? " (revise it into a new version first)" : ""));
        }
        requireMayLeaveDraft(proposal);
        return List.of(new ProposalSubmitted(year.toString(), id.toString(), proposal.version(), by, at));
    }

    /** EC_REVIEW → DRAFT: the Executive Committee returns it with its comments. */
    public List<BudgetYearEvent> returnToDraft(ProposalId id, String comments, String by, Instant at) {
        Proposal proposal = inReview(id);
        if (comments == null || comments.isBlank()) {
            throw new RuleViolation("COMMENTS_REQUIRED", "comments: say what the Executive Committee wants changed");
        }
        return List.of(new ProposalReturned(year.toString(), id.toString(), proposal.version(), comments, by, at));
    }

    /**
     * What the Executive Committee said when its poll returned the version (DOMAIN.md §6.3: it
     * "may return it with comments"; the poll publishes none): accepted only while the proposal
     * stands returned by that poll, each line comment naming a line of the returned version.
     */
    public List<BudgetYearEvent> recordExecutiveCommitteeComments(ProposalId id, String comments,
                                                                  List<LineComment> lineComments, String by, Instant at) {
        Proposal proposal = proposal(id);
        Proposal.Step returned = proposal.returnedByPoll().orElseThrow(() -> new Conflict("NOT_RETURNED_BY_POLL", id
                + " version " + proposal.version() + " is in " + proposal.status() + " and does not stand returned by the"
                + " Executive Committee's poll; comments are recorded after its poll returns a version, before revising it"));
        if (comments == null || comments.isBlank()) {
            throw new RuleViolation("COMMENTS_REQUIRED", "comments: say what the Executive Committee wants changed");
        }
        for (LineComment line : lineComments) {
            if (line.comment() == null || line.comment().isBlank()) {
                throw new RuleViolation("COMMENTS_REQUIRED", "lines: " + line.key() + " has no comment");
            }
            if (!linesOf(proposal).contains(line.key())) {
                throw new RuleViolation("INVALID_LINE", "lines: " + id + " version " + proposal.version() + " has no line "
                        + line.key() + "; name a line of the version returned");
            }
        }
        if (lineComments.stream().map(LineComment::key).distinct().count() != lineComments.size()) {
            throw new RuleViolation("DUPLICATE_LINE", "lines: comment each line once");
        }
        return List.of(new BudgetYearEvent.ExecutiveCommitteeCommentsRecorded(year.toString(), id.toString(),
                proposal.version(), returned.motionId(), returned.pollId(), comments, lineComments, by, at));
    }

    private static Set<LineKey> linesOf(Proposal proposal) {
        return switch (proposal.kind()) {
            case BUDGET -> proposal.lines().lines().stream().map(BudgetLine::key)
                    .collect(Collectors.toSet());
            case AMENDMENT -> proposal.deltas().stream().map(DeltaLine::key).collect(Collectors.toSet());
            case FEE_SCHEDULE -> Set.of();
        };
    }

    /** EC_REVIEW → BOARD_VOTE: the Executive Committee sends it on to the Governing Board. */
    public List<BudgetYearEvent> referToBoard(ProposalId id, String comments, String by, Instant at) {
        Proposal proposal = inReview(id);
        requireMayLeaveDraft(proposal);
        return List.of(new ProposalReferredToBoard(year.toString(), id.toString(), proposal.version(), comments, by, at));
    }

    /**
     * The Executive Committee's vote on a version, as the committee's poll decided it: EC_REVIEW →
     * BOARD_VOTE when it passed, → DRAFT when it failed. Refused like the Board's decision (another
     * kind, another version, not in review); a vote already recorded for this motion is nothing new.
     */
    public List<BudgetYearEvent> review(ProposalId id, int version, String motionKind, boolean passed, String motionId,
                                        String pollId, Instant at) {
        Proposal proposal = proposal(id);
        if (alreadyRecorded(proposal, motionId)) {
            return List.of();
        }
        requireMotionKind(proposal, motionKind);
        requireNotAdopted(proposal);
        if (proposal.status() != ProposalStatus.EC_REVIEW || proposal.version() != version) {
            throw new Conflict("WRONG_STEP", id + " version " + version + " is not before the Executive Committee (" + id
                    + " is at version " + proposal.version() + ", " + proposal.status() + ")");
        }
        if (!passed) {
            return List.of(new ProposalReturnedByExecutiveCommittee(year.toString(), id.toString(), version, motionId, pollId,
                    at));
        }
        requireMayLeaveDraft(proposal);
        return List.of(new ProposalApprovedByExecutiveCommittee(year.toString(), id.toString(), version, motionId, pollId, at));
    }

    /**
     * The Board's vote on a version, as the committee's poll decided it: BOARD_VOTE → ADOPTED or
     * REJECTED. Refused when the motion is of another kind, names another version, or the
     * proposal is not awaiting the Board; a decision already recorded for this motion is nothing new.
     */
    public List<BudgetYearEvent> decide(ProposalId id, int version, String motionKind, boolean adopted, String motionId,
                                        String pollId, Instant at) {
        Proposal proposal = proposal(id);
        if (alreadyRecorded(proposal, motionId)) {
            return List.of();
        }
        requireMotionKind(proposal, motionKind);
        requireNotAdopted(proposal);
        if (proposal.status() != ProposalStatus.BOARD_VOTE || proposal.version() != version) {
            throw new Conflict("WRONG_STEP", id + " version " + version + " is not before the Board (" + id + " is at version "
                    + proposal.version() + ", " + proposal.status() + ")");
        }
        if (!adopted) {
            return List.of(new ProposalRejected(year.toString(), id.toString(), version, motionId, pollId, at));
        }
        if (proposal.kind() == ProposalKind.BUDGET) {
            requireNoAdoptedBudget();
        }
        if (proposal.kind() == ProposalKind.FEE_SCHEDULE && adoptedFeeSchedule().isPresent()) {
            throw new Conflict("ALREADY_ADOPTED", year + " has an adopted fee schedule already");
        }
        requireMayLeaveDraft(proposal);
        return List.of(new ProposalAdopted(year.toString(), id.toString(), version, motionId, pollId, at));
    }

    /**
     * July 1 without an adopted budget (DOMAIN.md §6.5): the year runs on the previous year's
     * effective budget, and a new Board vote must open within {@code voteWithinDays} of July 1.
     * Refused before the year starts and once a budget is adopted; nothing new when the year
     * already runs on it.
     */
    public List<BudgetYearEvent> startContinuing(BudgetYear previous, Instant at, java.time.ZoneId zone, int voteWithinDays) {
        if (at.isBefore(year.startsAt(zone))) {
            throw new Conflict("WRONG_STEP", year + " starts at " + year.startsAt(zone) + "; it continues on the previous"
                    + " budget only from then");
        }
        requireNoAdoptedBudget();
        if (continuingOn != null) {
            return List.of();
        }
        if (!previous.year().equals(year.previous())) {
            throw new IllegalArgumentException(year + " continues on " + year.previous() + ", not " + previous.year());
        }
        if (voteWithinDays < 1) {
            throw new IllegalArgumentException("a new vote opens within one day or more, not " + voteWithinDays);
        }
        Instant voteOpensBy = year.firstDay().plusDays(voteWithinDays).atStartOfDay(zone).toInstant();
        return List.of(new BudgetYearEvent.ContinuingBudgetStarted(year.toString(), previous.year().toString(),
                previous.effectiveLines().lines(), at),
                new BudgetYearEvent.BoardVoteDeadlineSet(year.toString(), voteOpensBy, voteWithinDays, at));
    }

    // ------------------------------------------------------------------ queries

    /** The continuing budget the year runs on, while it has no adopted budget. */
    public Optional<org.charter.budget.continuing.ContinuingBudget> continuing() {
        if (continuingOn == null || adoptedBudget().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(org.charter.budget.continuing.ContinuingBudget.of(year, continuingOn));
    }

    public FiscalYear year() {
        return year;
    }

    /** By when a Board vote on a budget must open, set when the year started on its continuing budget. */
    public Optional<Instant> voteOpensBy() {
        return Optional.ofNullable(voteOpensBy);
    }

    public Collection<Proposal> proposals() {
        return List.copyOf(proposals.values());
    }

    public Proposal proposal(ProposalId id) {
        Proposal proposal = id.year().equals(year) ? proposals.get(id) : null;
        if (proposal == null) {
            throw new NotFound("PROPOSAL_NOT_FOUND", "no proposal with id " + id);
        }
        return proposal;
    }

    public Optional<Proposal> adoptedBudget() {
        return adopted(ProposalKind.BUDGET).stream().findFirst();
    }

    public Optional<Proposal> adoptedFeeSchedule() {
        return adopted(ProposalKind.FEE_SCHEDULE).stream().findFirst();
    }

    /**
     * The fee schedule members are billed under: the year's adopted one, or, while the year runs
     * on its continuing budget, the previous year's (DOMAIN.md §6.5: old fees).
     */
    public Optional<Proposal> feeScheduleInForce(Optional<BudgetYear> previous) {
        Optional<Proposal> adopted = adoptedFeeSchedule();
        if (adopted.isPresent() || continuing().isEmpty()) {
            return adopted;
        }
        return previous.filter(p -> p.year().equals(year.previous())).flatMap(BudgetYear::adoptedFeeSchedule);
    }

    public List<Proposal> adoptedAmendments() {
        return adopted(ProposalKind.AMENDMENT);
    }

    /** The adopted budget's lines with every adopted amendment's deltas added (DOMAIN.md §6.4). */
    public Lines effectiveLines() {
        Lines effective = adoptedBudget().orElseThrow(() -> new NotFound("NO_ADOPTED_BUDGET", year + " has no adopted budget"))
                .lines();
        for (Proposal amendment : adoptedAmendments()) {
            effective = effective.plus(amendment.deltas());
        }
        return effective;
    }

    @Override
    public long version() {
        return version;
    }

    // ------------------------------------------------------------------ rules

    private void requireMayLeaveDraft(Proposal proposal) {
        switch (proposal.kind()) {
            case BUDGET -> {
                requireNoAdoptedBudget();
                proposal.lines().requireBalanced();
                FeeSchedule schedule = adoptedFeeSchedule().map(Proposal::schedule).orElse(null);
                if (schedule == null) {
                    if (!proposal.lines().memberFeesByTier().isEmpty()) {
                        throw new RuleViolation("FEE_LINES_MISMATCH", year + " has no adopted fee schedule for the MEMBER_FEES"
                                + " lines to match: adopt the year's fee schedule first");
                    }
                } else {
                    schedule.requireFeeLinesMatch(proposal.lines());
                }
            }
            case AMENDMENT -> {
                long gap = Math.subtractExact(proposal.revenueDeltaCents(), proposal.expenseDeltaCents());
                if (gap != 0) {
                    throw new BudgetNotBalanced(gap, proposal.revenueDeltaCents(), proposal.expenseDeltaCents());
                }
                effectiveLines().plus(proposal.deltas());
            }
            case FEE_SCHEDULE -> {
                adoptedFeeSchedule().ifPresent(adopted -> {
                    throw new Conflict("ALREADY_ADOPTED", year + " has an adopted fee schedule (" + adopted.id() + ")");
                });
            }
        }
    }

    private void requireNoAdoptedBudget() {
        adoptedBudget().ifPresent(adopted -> {
            throw new Conflict("ALREADY_ADOPTED", year + " has an adopted budget (" + adopted.id() + " version "
                    + adopted.version() + "); change it by an amendment");
        });
    }

    private static boolean alreadyRecorded(Proposal proposal, String motionId) {
        return proposal.steps().stream().anyMatch(step -> motionId.equals(step.motionId()));
    }

    private static void requireMotionKind(Proposal proposal, String motionKind) {
        if (!proposal.kind().motionKind().equals(motionKind)) {
            throw new RuleViolation("WRONG_MOTION_KIND", proposal.id() + " is decided by a " + proposal.kind().motionKind()
                    + " motion, not " + motionKind);
        }
    }

    private static void requireNotAdopted(Proposal proposal) {
        if (proposal.status() == ProposalStatus.ADOPTED) {
            throw new Conflict("ALREADY_ADOPTED", proposal.id() + " was adopted at version " + proposal.version()
                    + " and never changes" + (proposal.kind() == ProposalKind.BUDGET ? "; change it by an amendment" : ""));
        }
    }

    private Proposal inReview(ProposalId id) {
        Proposal proposal = proposal(id);
        requireNotAdopted(proposal);
        if (proposal.status() != ProposalStatus.EC_REVIEW) {
            throw new Conflict("WRONG_STEP", id + " is in " + proposal.status() + ", not before the Executive Committee");
        }
        return proposal;
    }

    private ProposalId nextId(ProposalKind kind) {
        int count = (int) proposals.keySet().stream().filter(id -> id.kind() == kind).count();
        return new ProposalId(year, kind, count + 1);
    }

    private List<Proposal> adopted(ProposalKind kind) {
        List<Proposal> adopted = new ArrayList<>();
        for (Proposal proposal : proposals.values()) {
            if (proposal.kind() == kind && proposal.status() == ProposalStatus.ADOPTED) {
                adopted.add(proposal);
            }
        }
        return adopted;
    }

    // ------------------------------------------------------------------ state

    @Override
    public void apply(BudgetYearEvent event) {
        if (event instanceof BudgetProposed e) {
            Proposal budget = new Proposal(ProposalId.of(e.proposalId()));
            budget.addVersion(new Proposal.Version(e.version(), new Lines(e.lines()), null, e.proposedAt()));
            proposals.put(budget.id(), budget);
        } else if (event instanceof BudgetRevised e) {
            proposal(ProposalId.of(e.proposalId()))
                    .addVersion(new Proposal.Version(e.version(), new Lines(e.lines()), e.note(), e.revisedAt()));
        } else if (event instanceof FeeScheduleProposed e) {
            Proposal schedule = new Proposal(ProposalId.of(e.proposalId()));
            schedule.schedule(new FeeSchedule(e.rates(), e.assessments()));
            proposals.put(schedule.id(), schedule);
        } else if (event instanceof AmendmentProposed e) {
            Proposal amendment = new Proposal(ProposalId.of(e.proposalId()));
            amendment.amendment(e.amends(), e.lines(), e.reason());
            proposals.put(amendment.id(), amendment);
        } else if (event instanceof ProposalSubmitted e) {
            step(e, ProposalStatus.EC_REVIEW, e.version(), "SUBMITTED", null, null, null, e.submittedAt());
        } else if (event instanceof ProposalReturned e) {
            step(e, ProposalStatus.DRAFT, e.version(), "RETURNED", e.comments(), null, null, e.returnedAt());
        } else if (event instanceof ProposalReferredToBoard e) {
            step(e, ProposalStatus.BOARD_VOTE, e.version(), "REFERRED_TO_BOARD", e.comments(), null, null, e.referredAt());
        } else if (event instanceof ProposalApprovedByExecutiveCommittee e) {
            step(e, ProposalStatus.BOARD_VOTE, e.version(), "REFERRED_TO_BOARD", null, e.motionId(), e.pollId(), e.approvedAt());
        } else if (event instanceof ProposalReturnedByExecutiveCommittee e) {
            step(e, ProposalStatus.DRAFT, e.version(), "RETURNED", null, e.motionId(), e.pollId(), e.returnedAt());
        } else if (event instanceof BudgetYearEvent.ExecutiveCommitteeCommentsRecorded e) {
            proposal(ProposalId.of(e.proposalId())).comment(new Proposal.ExecutiveCommitteeComments(e.version(),
                    e.motionId(), e.pollId(), e.comments(), e.lineComments(), e.recordedBy(), e.recordedAt()));
        } else if (event instanceof ProposalAdopted e) {
            step(e, ProposalStatus.ADOPTED, e.version(), "ADOPTED", null, e.motionId(), e.pollId(), e.adoptedAt());
        } else if (event instanceof BudgetYearEvent.ContinuingBudgetStarted e) {
            continuingOn = new Lines(e.lines());
        } else if (event instanceof BudgetYearEvent.BoardVoteDeadlineSet e) {
            voteOpensBy = e.voteOpensBy();
        } else if (event instanceof ProposalRejected e) {
            step(e, ProposalStatus.REJECTED, e.version(), "REJECTED", null, e.motionId(), e.pollId(), e.rejectedAt());
        }
        version++;
    }

    private void step(BudgetYearEvent.ProposalEvent event, ProposalStatus next, int version, String step, String comments,
                      String motionId, String pollId, Instant at) {
        proposal(ProposalId.of(event.proposalId())).moveTo(next, new Proposal.Step(version, step, comments, motionId, pollId, at));
    }
}
