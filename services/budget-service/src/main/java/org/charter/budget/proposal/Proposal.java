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

    private final ProposalId id;
    private ProposalStatus status = ProposalStatus.DRAFT;
    private final List<Version> versions = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
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

    void moveTo(ProposalStatus next, Step step) {
        status = next;
        if (step != null) {
            steps.add(step);
        }
    }
}
