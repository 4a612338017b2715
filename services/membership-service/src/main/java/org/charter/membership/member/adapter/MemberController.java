package org.charter.membership.member.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.charter.membership.SecretariesAndAdmins;
import org.charter.membership.member.ChangingStandings;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberId;
import org.charter.membership.member.MemberKind;
import org.charter.membership.member.MemberStatus;
import org.charter.membership.member.Members;
import org.charter.membership.member.RegisteringMembers;
import org.charter.membership.member.RegisteringMembers.RegisterMember;
import org.charter.membership.member.Standing;
import org.charter.membership.member.Tier;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/members")
@Validated
@Tag(name = "Members", description = "Members, their status lifecycle and tier (DOMAIN 1.1-1.3), as of any instant")
class MemberController {

    private final RegisteringMembers registering;
    private final ChangingStandings standings;
    private final Members members;
    private final MemberDirectory directory;
    private final Clock clock;

    MemberController(RegisteringMembers registering, ChangingStandings standings, Members members,
                     MemberDirectory directory, Clock clock) {
        this.registering = registering;
        this.standings = standings;
        this.members = members;
        this.directory = directory;
        this.clock = clock;
    }

    @PostMapping
    @SecretariesAndAdmins
    @Operation(summary = "Register an applicant", description = "The member starts as APPLICANT; its id is never reused.")
    ResponseEntity<MemberView> register(@Valid @RequestBody MemberRequests.Register body, CommandContext context) {
        var changed = registering.register(new RegisterMember(MemberId.of(body.id()), body.name(), body.kind(), body.tier(),
                body.appliedAt()), context);
        return ResponseEntity.created(URI.create("/api/v1/members/" + body.id())).body(now(changed.state()));
    }

    @GetMapping
    @Operation(summary = "List members as of an instant", description = "Filters apply to the state at `at` (default now). Members that had not applied by then are not listed.")
    PageView<MemberSummary> list(@RequestParam(required = false) Tier tier,
                                 @RequestParam(required = false) MemberStatus status,
                                 @RequestParam(required = false) MemberKind kind,
                                 @Parameter(description = "ISO-8601 instant, e.g. 2025-07-01T07:00:00Z")
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return directory.page(tier, status, kind, at == null ? clock.instant() : at, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A member as of an instant", description = "Status, tier, voting rights and representatives in effect at `at` (default now), and changes scheduled after it.")
    MemberView get(@PathVariable MemberId id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        Member member = members.get(id);
        Instant asOf = at == null ? clock.instant() : at;
        Standing standing = member.standingAt(asOf).orElseThrow(() -> new NotFound("MEMBER_NOT_FOUND_AT",
                "member " + id + " had not applied by " + asOf + "; it applied at " + member.registeredAt()));
        return MemberView.of(member, asOf, standing);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every event recorded for the member, in order, with who recorded it")
    List<HistoryEntry> history(@PathVariable MemberId id) {
        return members.history(id).stream().map(HistoryEntry::of).toList();
    }

    @PostMapping("/{id}/admission")
    @SecretariesAndAdmins
    @Operation(summary = "Admit an applicant (APPLICANT → ACTIVE)")
    MemberView admit(@PathVariable MemberId id, @Valid @RequestBody MemberRequests.Change body, CommandContext context) {
        return now(standings.admit(id, body.ruling(), context).state());
    }

    @PostMapping("/{id}/tier")
    @SecretariesAndAdmins
    @Operation(summary = "Move the member to another tier", description = "Leaving GOVERNING ends the delegate's and alternates' terms.")
    MemberView changeTier(@PathVariable MemberId id, @Valid @RequestBody MemberRequests.TierChange body, CommandContext context) {
        return now(standings.changeTier(id, body.tier(), body.ruling(), context).state());
    }

    @PostMapping("/{id}/suspension")
    @SecretariesAndAdmins
    @Operation(summary = "Suspend an active member (ACTIVE → SUSPENDED)")
    MemberView suspend(@PathVariable MemberId id, @Valid @RequestBody MemberRequests.Suspension body, CommandContext context) {
        return now(standings.suspend(id, body.reason(), body.ruling(), context).state());
    }

    @PostMapping("/{id}/reinstatement")
    @SecretariesAndAdmins
    @Operation(summary = "Reinstate a suspended member (SUSPENDED → ACTIVE)")
    MemberView reinstate(@PathVariable MemberId id, @Valid @RequestBody MemberRequests.Change body, CommandContext context) {
        return now(standings.reinstate(id, body.ruling(), context).state());
    }

    @PostMapping("/{id}/withdrawal")
    @SecretariesAndAdmins
    @Operation(summary = "Record a withdrawal (ACTIVE|SUSPENDED → WITHDRAWN)", description = "effectiveAt is the date in the member's notice; decision.kind NOTICE is allowed. Every appointment ends then.")
    MemberView withdraw(@PathVariable MemberId id, @Valid @RequestBody MemberRequests.Change body, CommandContext context) {
        return now(standings.withdraw(id, body.ruling(), context).state());
    }

    @PostMapping("/{id}/readmission")
    @SecretariesAndAdmins
    @Operation(summary = "Readmit a withdrawn member (WITHDRAWN → ACTIVE), keeping its id and history")
    MemberView readmit(@PathVariable MemberId id, @Valid @RequestBody MemberRequests.Readmission body, CommandContext context) {
        return now(standings.readmit(id, body.tier(), body.ruling(), context).state());
    }

    private MemberView now(Member member) {
        return MemberView.now(member, clock.instant());
    }

    /** One recorded event with its envelope. */
    record HistoryEntry(long sequence, String id, String type, Instant time, Actor actor, String correlationId,
                        String causationId, DomainEvent data) {
        static HistoryEntry of(RecordedEvent event) {
            return new HistoryEntry(event.sequence(), event.id().toString(), event.type(), event.time(), event.actor(),
                    event.correlationId(), event.causationId(), event.data());
        }
    }
}
