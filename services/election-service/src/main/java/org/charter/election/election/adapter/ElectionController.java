package org.charter.election.election.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.charter.election.SecretariesAndAdmins;
import org.charter.election.election.CallingElections;
import org.charter.election.election.Election;
import org.charter.election.election.ElectionId;
import org.charter.election.election.Nominating;
import org.charter.election.election.Slating;
import org.charter.election.election.Timekeeping;
import org.charter.election.position.Periods;
import org.charter.election.position.adapter.ElectionSettings;
import org.charter.platform.event.CommandContext;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/elections")
@Tag(name = "Elections", description = "The Executive Committee's election cycle: call, nominations, acceptance, slate (DOMAIN 5.1-5.2)")
class ElectionController {

    private final CallingElections calling;
    private final Nominating nominating;
    private final Slating slating;
    private final Timekeeping timekeeping;
    private final ElectionSettings settings;

    ElectionController(CallingElections calling, Nominating nominating, Slating slating, Timekeeping timekeeping,
                       ElectionSettings settings) {
        this.calling = calling;
        this.nominating = nominating;
        this.slating = slating;
        this.timekeeping = timekeeping;
        this.settings = settings;
    }

    @PostMapping
    @SecretariesAndAdmins
    @Operation(summary = "Call the year's election", description = "Contests: the positions elected in the fiscal year, unless"
            + " listed; periods: DOMAIN.md's (nominations T-45d..T-21d, acceptance by T-14d, slate T-10d, ballot 7d, reopening"
            + " 14d, certification within 5d of the close) unless overridden. 422 INVALID_PERIODS, UNKNOWN_POSITION, NOT_ELECTED_POSITION, INVALID_SEATS; 409"
            + " ELECTION_ALREADY_EXISTS.")
    ResponseEntity<ElectionView> call(@Valid @RequestBody ElectionRequests.Call body, CommandContext context) {
        ElectionRequests.Periods p = body.periods();
        Periods periods = p == null ? null : settings.defaultPeriods().with(p.nominationsOpen(), p.nominationsClose(),
                p.acceptance(), p.slate(), p.ballot(), p.reopening()).withCertification(p.certification());
        List<CallingElections.ContestRequest> contests = body.contests() == null ? List.of()
                : body.contests().stream().map(c -> new CallingElections.ContestRequest(c.position(), c.seats())).toList();
        Election election = calling.call(body.fiscalYear(), body.suffix(), body.ballotOpensAt(), periods, contests,
                body.continuingHolders(), context).state();
        return ResponseEntity.created(URI.create("/api/v1/elections/" + election.id())).body(ElectionView.of(election));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An election: calendar, contests and nominations")
    ElectionView get(@PathVariable String id) {
        return ElectionView.of(timekeeping.catchUp(ElectionId.of(id)));
    }

    @PostMapping("/{id}/nominations")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(summary = "Nominate a person for a position, for the token's member", description = "By a Governing member's"
            + " delegate or alternate (403 NOT_MEMBER_DELEGATE, NOT_ELIGIBLE); the nominee must hold a role the position"
            + " admits for an active Governing member (422 NOMINEE_NOT_ELIGIBLE with the reason); one contest per person"
            + " (409 ALREADY_NOMINATED); 422 MAX_SEATS_PER_MEMBER; 409 NOMINATIONS_CLOSED outside the window.")
    ResponseEntity<ElectionView.NominationView> nominate(@PathVariable String id, @Valid @RequestBody ElectionRequests.Nominate body,
                                                        CommandContext context) {
        Election election = nominating.nominate(ElectionId.of(id), body.position(), body.nominee(), body.name(), context).state();
        ElectionView.NominationView made = ElectionView.of(election).nominations().get(election.nominations().size() - 1);
        return ResponseEntity.created(URI.create("/api/v1/elections/" + id + "/nominations/" + made.id())).body(made);
    }

    @PostMapping("/{id}/nominations/{nomination}/acceptance")
    @Operation(summary = "The nominee accepts", description = "Only the nominee (403 NOT_NOMINEE), by the acceptance deadline"
            + " (409 ACCEPTANCE_CLOSED).")
    ElectionView.NominationView accept(@PathVariable String id, @PathVariable String nomination, CommandContext context) {
        return nominationView(nominating.accept(ElectionId.of(id), nomination, context).state(), nomination);
    }

    @PostMapping("/{id}/nominations/{nomination}/withdrawal")
    @Operation(summary = "The nominee withdraws", description = "Until its contest closes; after the slate the candidate stays"
            + " on it and is struck from every ballot before stage 1 (DOMAIN 8.10).")
    ElectionView.NominationView withdraw(@PathVariable String id, @PathVariable String nomination, CommandContext context) {
        return nominationView(nominating.withdraw(ElectionId.of(id), nomination, context).state(), nomination);
    }

    @PostMapping("/{id}/slate")
    @SecretariesAndAdmins
    @Operation(summary = "Publish the slate", description = "At T-10d (a reopened contest's at the end of its reopening):"
            + " candidates = seats are acclaimed, more go on the ballot with the SHA-256 of their seed, fewer reopen"
            + " nominations once and are then left vacant (a reopened contest also on its own: POST /api/v1/contests/{id}/slate)."
            + " 409 WRONG_STEP when nothing is due.")
    ElectionView slate(@PathVariable String id, CommandContext context) {
        return ElectionView.of(slating.slate(ElectionId.of(id), context).state());
    }

    private static ElectionView.NominationView nominationView(Election election, String nomination) {
        return ElectionView.of(election).nominations().stream().filter(n -> n.id().equals(nomination)).findFirst().orElseThrow();
    }
}
