package org.charter.membership.representative.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.membership.SecretariesAndAdmins;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberId;
import org.charter.membership.member.Members;
import org.charter.membership.member.adapter.MemberView;
import org.charter.membership.representative.AppointingRepresentatives;
import org.charter.membership.representative.PersonId;
import org.charter.membership.representative.Term;
import org.charter.platform.event.CommandContext;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/members/{id}")
@Tag(name = "Representatives", description = "K-12 and higher-education leads, post-secondary careers rep, the voting delegate and alternates (DOMAIN 1.4)")
class RepresentativeController {

    private final AppointingRepresentatives appointing;
    private final Members members;
    private final ContactBook contacts;
    private final Clock clock;

    RepresentativeController(AppointingRepresentatives appointing, Members members, ContactBook contacts, Clock clock) {
        this.appointing = appointing;
        this.members = members;
        this.contacts = contacts;
        this.clock = clock;
    }

    @GetMapping("/representatives")
    @Operation(summary = "Who represents the member at an instant (default now); public, without contact details")
    List<MemberView.RepresentativeView> representatives(@PathVariable MemberId id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        Member member = members.get(id);
        return member.representativesAt(at == null ? clock.instant() : at).stream()
                .map(MemberView.RepresentativeView::of).toList();
    }

    @GetMapping("/contacts")
    @PreAuthorize("hasAnyRole('SECRETARY', 'ADMIN', 'AUDITOR')")
    @Operation(summary = "Contact details of everyone who holds or is scheduled to hold a role (private: secretaries, admins, auditors)")
    List<ContactBook.Contact> contacts(@PathVariable MemberId id) {
        Member member = members.get(id);
        Map<String, Term> holders = new LinkedHashMap<>();
        member.roster().open().stream().sorted(Comparator.comparing(Term::role))
                .forEach(term -> holders.putIfAbsent(term.person().id().value(), term));
        return contacts.of(holders.keySet());
    }

    @PostMapping("/representatives")
    @SecretariesAndAdmins
    @Operation(summary = "Appoint a K-12 lead (replaces the current one), a higher-education lead (up to 5) or a post-secondary careers rep (replaces)")
    MemberView appoint(@PathVariable MemberId id, @Valid @RequestBody RepresentativeRequests.Appointment body,
                       CommandContext context) {
        return now(appointing.appointRepresentative(id, body.role(), body.appointee().toAppoint(), body.ruling(),
                context).state());
    }

    @PostMapping("/representatives/{personId}/ending")
    @SecretariesAndAdmins
    @Operation(summary = "End a representative's term (a K-12 lead is replaced instead)")
    MemberView end(@PathVariable MemberId id, @PathVariable PersonId personId,
                   @Valid @RequestBody RepresentativeRequests.Ending body, CommandContext context) {
        return now(appointing.endRepresentative(id, body.role(), personId, body.ruling(), context).state());
    }

    @PutMapping("/delegate")
    @SecretariesAndAdmins
    @Operation(summary = "Appoint the member's voting delegate (GOVERNING only); the previous delegate's term ends at effectiveAt")
    MemberView appointDelegate(@PathVariable MemberId id, @Valid @RequestBody RepresentativeRequests.DelegateAppointment body,
                               CommandContext context) {
        return now(appointing.appointDelegate(id, body.delegate().toAppoint(), body.ruling(), context).state());
    }

    @PutMapping("/alternates")
    @SecretariesAndAdmins
    @Operation(summary = "Replace the member's ordered alternates (0..2, GOVERNING only)")
    MemberView appointAlternates(@PathVariable MemberId id, @Valid @RequestBody RepresentativeRequests.AlternatesAppointment body,
                                 CommandContext context) {
        return now(appointing.appointAlternates(id,
                body.alternates().stream().map(RepresentativeRequests.Appointee::toAppoint).toList(), body.ruling(),
                context).state());
    }

    private MemberView now(Member member) {
        return MemberView.now(member, clock.instant());
    }
}
