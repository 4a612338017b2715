package org.charter.budget.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charter.budget.fee.FeeSchedule;
import org.charter.budget.line.DeltaLine;
import org.charter.budget.line.Lines;

/**
 * One proposal of a fiscal year as its events left it: its status, its versions (a budget's
 * lines; a fee schedule and an amendment have version 1 only), what the reviews said and the
 * Board's decision. State only: the year ({@link BudgetYear}) decides.
 */
public final class Proposal {

    /** A budget's lines as of one version. */
    public record Version(int number, Lines lines, String note, Instant at) {
    }

    /** A step taken on a version: RETURNED or REFERRED (with the EC's comments), ADOPTED or REJECTED (with the poll). */
    public record Step(int version, String step, String comments, String motionId, String pollId, Instant at) {
    }

    /** The Executive Committee's comments on a version its poll returned, as a secretary recorded them. */
    public record ExecutiveCommitteeComments(int version, String motionId, String pollId, String comments,
                                             List<LineComment> lineComments, String recordedBy, Instant at) {
    }

    private final ProposalId id;
    private ProposalStatus status = ProposalStatus.DRAFT;
    private final List<Version> versions = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<ExecutiveCommitteeComments> executiveCommitteeComments = new ArrayList<>();
    private FeeSchedule schedule;
    private String amends;
    private List<DeltaLine> deltas = List.of();
    private String reason;

    Proposal(ProposalId id) {
        this.id = id;
    }

    public ProposalId id() {
        return id;
    }

    public ProposalKind kind() {
        return id.kind();
    }

    public ProposalStatus status() {
        return status;
    }

    /** The current version's number (1 for fee schedules and amendments). */
    public int version() {
        return versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number();
    }

    public List<Version> versions() {
        return List.copyOf(versions);
    }

    public Optional<Version> versionNumber(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** A budget's current lines. */
    public Lines lines() {
        return versions.get(versions.size() - 1).lines();
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The step the proposal last took, if any. */
    public Optional<Step> lastStep() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /**
     * The step by which the Executive Committee's poll returned the current version, while the
     * proposal stands returned (in DRAFT, not revised since).
     */
    public Optional<Step> returnedByPoll() {
        return lastStep().filter(step -> status == ProposalStatus.DRAFT && "RETURNED".equals(step.step())
                && step.motionId() != null && step.version() == version());
    }

    public List<ExecutiveCommitteeComments> executiveCommitteeComments() {
        return List.copyOf(executiveCommitteeComments);
    }

    /** The comments recorded on one version (what a revision of it answers). */
    public List<ExecutiveCommitteeComments> executiveCommitteeComments(int version) {
        return executiveCommitteeComments.stream().filter(c -> c.version() == version).toList();
    }

    public FeeSchedule schedule() {
        return schedule;
    }

    /** The budget an amendment changes. */
    public String amends() {
        return amends;
    }

    public List<DeltaLine> deltas() {
        return deltas;
    }

    public String reason() {
        return reason;
    }

    public long revenueDeltaCents() {
        return deltaTotal(org.charter.budget.line.LineKind.REVENUE);
    }

    public long expenseDeltaCents() {
        return deltaTotal(org.charter.budget.line.LineKind.EXPENSE);
    }

    private long deltaTotal(org.charter.budget.line.LineKind kind) {
        long total = 0;
        for (DeltaLine delta : deltas) {
            if (delta.kind() == kind) {
                total = Math.addExact(total, delta.deltaCents());
            }
        }
        return total;
    }

    void addVersion(Version version) {
        versions.add(version);
        status = ProposalStatus.DRAFT;
    }

    void schedule(FeeSchedule schedule) {
        this.schedule = schedule;
    }

    void amendment(String amends, List<DeltaLine> deltas, String reason) {
        this.amends = amends;
        this.deltas = List.copyOf(deltas);
        this.reason = reason;
    }

    void comment(ExecutiveCommitteeComments comments) {
        executiveCommitteeComments.add(comments);
    }

    void moveTo(ProposalStatus next, Step step) {
        status = next;
        if (step != null) {
            steps.add(step);
        }
    }
}
