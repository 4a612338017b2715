package org.charter.budget.proposal.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.charter.budget.continuing.ContinuingBudget;
import org.charter.budget.fee.Assessment;
import org.charter.budget.fee.BillingPeriods;
import org.charter.budget.fee.FeeSchedule;
import org.charter.budget.fee.MemberFee;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.line.BudgetLine;
import org.charter.budget.line.Lines;
import org.charter.membershiproll.member.Roll;
import org.charter.membershiproll.member.Tier;
import org.charter.budget.proposal.BudgetYear;
import org.charter.budget.proposal.BudgetYears;
import org.charter.budget.proposal.Proposal;
import org.charter.budget.proposal.ProposalStatus;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/fiscal-years")
@Tag(name = "Fiscal years", description = "A year's proposals, its adopted budget with amendments, its continuing budget"
        + " and what each member owes (DOMAIN 6)")
class FiscalYearController {

    private final BudgetYears years;
    private final Roll roll;
    private final ZoneId zone;

    FiscalYearController(BudgetYears years, Roll roll, @Value("${charter.budget.zone:America/Los_Angeles}") ZoneId zone) {
        this.years = years;
        this.roll = roll;
        this.zone = zone;
    }

    @GetMapping("/{fy}")
    @Operation(summary = "A fiscal year: its dates and every proposal with its status")
    YearView year(@PathVariable String fy) {
        BudgetYear year = years.get(FiscalYear.of(fy));
        return new YearView(year.year().toString(), year.year().firstDay().toString(), year.year().lastDay().toString(),
                year.adoptedBudget().map(p -> p.id().toString()).orElse(null),
                year.adoptedFeeSchedule().map(p -> p.id().toString()).orElse(null),
                year.proposals().stream().map(p -> new ProposalSummary(p.id().toString(), p.kind().name(), p.status(),
                        p.version())).toList());
    }

    @GetMapping("/{fy}/budget")
    @Operation(summary = "The adopted budget with its adopted amendments", description = "effective = adopted lines plus"
            + " every adopted amendment's delta lines (404 NO_ADOPTED_BUDGET before adoption).")
    EffectiveView budget(@PathVariable String fy) {
        BudgetYear year = years.find(FiscalYear.of(fy)).orElseThrow(() -> noBudget(fy));
        Proposal adopted = year.adoptedBudget().orElseThrow(() -> noBudget(fy));
        Lines effective = year.effectiveLines();
        return new EffectiveView(fy, adopted.id().toString(), adopted.version(), adopted.lines().lines(),
                year.adoptedAmendments().stream().map(a -> a.id().toString()).toList(), effective.lines(),
                effective.revenueCents(), effective.expenseCents());
    }

    @GetMapping("/{fy}/continuing-budget")
    @Operation(summary = "The continuing budget of a year without an adopted budget", description = "The previous year's"
            + " effective budget at 1/12 a line a month: July to May the whole-cent floor, June the rest (DOMAIN 6.5);"
            + " started is true once the year began on it (the service's clock records ContinuingBudgetStarted on July 1).")
    ContinuingView continuing(@PathVariable String fy) {
        FiscalYear year = FiscalYear.of(fy);
        years.find(year).flatMap(BudgetYear::adoptedBudget).ifPresent(adopted -> {
            throw new Conflict("ALREADY_ADOPTED", fy + " has an adopted budget (" + adopted.id() + "): it runs on that");
        });
        var started = years.find(year).flatMap(BudgetYear::continuing);
        if (started.isPresent()) {
            return ContinuingView.of(started.get(), true);
        }
        BudgetYear previous = years.find(year.previous()).orElseThrow(() -> noBudget(year.previous().toString()));
        return ContinuingView.of(ContinuingBudget.of(year, previous.effectiveLines()), false);
    }

    @GetMapping("/{fy}/member-fees")
    @Operation(summary = "What each member owes for the year under its adopted fee schedule", description = "A member"
            + " admitted during the year pays for the whole months left, rounded half-even; a withdrawal refunds nothing. A"
            + " year running on its continuing budget bills under the previous year's adopted schedule (carriedFrom).")
    MemberFeesView memberFees(@PathVariable String fy) {
        return fees(fy);
    }

    @GetMapping(value = "/{fy}/member-fees.csv", produces = "text/csv")
    @Operation(summary = "The member fees as CSV: member,tier,projectedStudents,months,feeCents")
    ResponseEntity<String> memberFeesCsv(@PathVariable String fy) {
        StringBuilder csv = new StringBuilder("member,tier,projectedStudents,months,feeCents\n");
        for (MemberFee fee : fees(fy).fees()) {
            csv.append(fee.member()).append(',').append(fee.tier()).append(',').append(fee.projectedStudents()).append(',')
                    .append(fee.months()).append(',').append(fee.feeCents()).append('\n');
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"member-fees-" + fy + ".csv\"")
                .body(csv.toString());
    }

    private MemberFeesView fees(String fy) {
        FiscalYear year = FiscalYear.of(fy);
        Proposal adopted = years.find(year).flatMap(y -> y.feeScheduleInForce(years.find(year.previous()))).orElseThrow(
                () -> new NotFound("NO_ADOPTED_FEE_SCHEDULE", fy + " has no adopted fee schedule (nor a continuing budget on"
                        + " the previous year's)"));
        FeeSchedule schedule = adopted.schedule();
        List<MemberFee> fees = new ArrayList<>();
        Map<Tier, Long> byTier = new EnumMap<>(Tier.class);
        long total = 0;
        for (Assessment assessment : schedule.assessments()) {
            int months = BillingPeriods.monthsBilled(year, roll.member(assessment.member()), zone);
            long fee = schedule.feeFor(assessment, months);
            fees.add(new MemberFee(assessment.member(), assessment.tier(), assessment.projectedStudents(), months, fee));
            byTier.merge(assessment.tier(), fee, Math::addExact);
            total = Math.addExact(total, fee);
        }
        String carriedFrom = adopted.id().year().equals(year) ? null : adopted.id().year().toString();
        return new MemberFeesView(fy, adopted.id().toString(), carriedFrom, fees, byTier, total);
    }

    private static NotFound noBudget(String fy) {
        return new NotFound("NO_ADOPTED_BUDGET", fy + " has no adopted budget");
    }

    record ProposalSummary(String id, String kind, ProposalStatus status, int version) {
    }

    record YearView(String fiscalYear, String firstDay, String lastDay, String adoptedBudget, String adoptedFeeSchedule,
                    List<ProposalSummary> proposals) {
    }

    record EffectiveView(String fiscalYear, String budget, int version, List<BudgetLine> adoptedLines,
                         List<String> amendments, List<BudgetLine> lines, long revenueCents, long expenseCents) {
    }

    /** Each line of the previous year's effective budget with its twelve months, July first. */
    record ContinuingView(String fiscalYear, String from, boolean started, List<ContinuingBudget.ContinuingLine> lines) {
        static ContinuingView of(ContinuingBudget budget, boolean started) {
            return new ContinuingView(budget.year().toString(), budget.from().toString(), started, budget.lines());
        }
    }

    /** {@code carriedFrom}: the previous year, when a continuing year bills under its fee schedule (else null). */
    record MemberFeesView(String fiscalYear, String feeSchedule, String carriedFrom, List<MemberFee> fees,
                          Map<Tier, Long> tierTotals, long totalCents) {
    }
}
