package org.charter.membership.collaborative.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.charter.membership.SecretariesAndAdmins;
import org.charter.membership.collaborative.Collaborative;
import org.charter.membership.collaborative.CollaborativeId;
import org.charter.membership.collaborative.Collaboratives;
import org.charter.membership.collaborative.EnrollingMembers;
import org.charter.membership.collaborative.Enrolment;
import org.charter.membership.collaborative.ProgramYear;
import org.charter.membership.member.MemberId;
import org.charter.membership.member.Members;
import org.charter.membership.member.adapter.MemberIdConverter;
import org.charter.platform.event.CommandContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Collaboratives", description = "Collaboratives and their members per program year, July 1 to June 30 (DOMAIN 2.4)")
class CollaborativeController {

    private final EnrollingMembers enrolling;
    private final Collaboratives collaboratives;
    private final CollaborativeDirectory directory;
    private final Members members;
    private final Clock clock;

    CollaborativeController(EnrollingMembers enrolling, Collaboratives collaboratives, CollaborativeDirectory directory,
                            Members members, Clock clock) {
        this.enrolling = enrolling;
        this.collaboratives = collaboratives;
        this.directory = directory;
        this.members = members;
        this.clock = clock;
    }

    @PostMapping("/api/v1/collaboratives")
    @SecretariesAndAdmins
    @Operation(summary = "Create a collaborative")
    ResponseEntity<CollaborativeView> create(@Valid @RequestBody CollaborativeRequests.Create body, CommandContext context) {
        CollaborativeId id = CollaborativeId.of(body.id());
        Collaborative created = enrolling.create(id, body.name(), body.description(), context).state();
        return ResponseEntity.created(URI.create("/api/v1/collaboratives/" + id))
                .body(CollaborativeView.of(created, ProgramYear.containing(clock.instant())));
    }

    @GetMapping("/api/v1/collaboratives")
    @Operation(summary = "Every collaborative")
    List<CollaborativeDirectory.Listed> list() {
        return directory.all();
    }

    @GetMapping("/api/v1/collaboratives/{id}")
    @Operation(summary = "A collaborative with its members in a program year (default: the current one)")
    CollaborativeView get(@PathVariable CollaborativeId id, @RequestParam(required = false) String year) {
        return CollaborativeView.of(collaboratives.get(id), year(year));
    }

    @PostMapping("/api/v1/collaboratives/{id}/enrolments")
    @SecretariesAndAdmins
    @Operation(summary = "Enrol a member for a program year, with its fee (integer USD cents) and named participants")
    CollaborativeView enrol(@PathVariable CollaborativeId id, @Valid @RequestBody CollaborativeRequests.Enrol body, CommandContext context) {
        ProgramYear year = ProgramYear.parse(body.programYear());
        return CollaborativeView.of(enrolling.enrol(id, MemberIdConverter.parse(body.memberId()), year, body.feeCents(),
                body.participants(), context).state(), year);
    }

    @PostMapping("/api/v1/collaboratives/{id}/departures")
    @SecretariesAndAdmins
    @Operation(summary = "A member leaves a collaborative during a program year")
    CollaborativeView leave(@PathVariable CollaborativeId id, @Valid @RequestBody CollaborativeRequests.Leave body, CommandContext context) {
        ProgramYear year = ProgramYear.parse(body.programYear());
        return CollaborativeView.of(enrolling.leave(id, MemberIdConverter.parse(body.memberId()), year, body.effectiveAt(),
                context).state(), year);
    }

    @GetMapping("/api/v1/members/{memberId}/collaboratives")
    @Operation(summary = "The collaboratives a member is enrolled in for a program year (default: the current one)")
    List<MemberEnrolment> ofMember(@PathVariable MemberId memberId, @RequestParam(required = false) String year) {
        members.get(memberId);
        return directory.enrolmentsOf(memberId.value(), year(year));
    }

    private ProgramYear year(String year) {
        return year == null ? ProgramYear.containing(clock.instant()) : ProgramYear.parse(year);
    }

    record CollaborativeView(String id, String name, String description, String programYear, Instant startsAt,
                             Instant endsAt, List<EnrolmentView> enrolments) {
        static CollaborativeView of(Collaborative collaborative, ProgramYear year) {
            return new CollaborativeView(collaborative.id().value(), collaborative.name(), collaborative.description(),
                    year.name(), year.startsAt(), year.endsAt(),
                    collaborative.enrolmentsIn(year).stream().map(EnrolmentView::of).toList());
        }
    }

    record EnrolmentView(String memberId, long feeCents, List<String> participants, Instant enrolledAt, Instant leftAt) {
        static EnrolmentView of(Enrolment e) {
            return new EnrolmentView(e.memberId(), e.feeCents(), e.participants(), e.enrolledAt(), e.leftAt());
        }
    }

    record MemberEnrolment(String collaborativeId, String name, String programYear, long feeCents,
                           List<String> participants, Instant enrolledAt, Instant leftAt) {
    }
}
