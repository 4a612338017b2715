package org.charter.committee.committee.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.charter.committee.SecretariesAndAdmins;
import org.charter.committee.committee.AppointingCommitteeMembers;
import org.charter.committee.committee.AppointingCommitteeMembers.AddMember;
import org.charter.committee.committee.Committee;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.committee.Committees;
import org.charter.committee.committee.EstablishingCommittees;
import org.charter.committee.committee.EstablishingCommittees.EstablishCommittee;
import org.charter.committee.committee.Rosters;
import org.charter.committee.committee.adapter.CommitteeDirectory.CommitteeSummary;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/committees")
@Tag(name = "Committees", description = "The Governing Board, the Executive Committee, advisory committees and work groups,"
        + " with their seats, chairs and terms (DOMAIN 2)")
class CommitteeController {

    private final EstablishingCommittees establishing;
    private final AppointingCommitteeMembers appointing;
    private final Rosters rosters;
    private final Committees committees;
    private final CommitteeDirectory directory;

    CommitteeController(EstablishingCommittees establishing, AppointingCommitteeMembers appointing, Rosters rosters,
                        Committees committees, CommitteeDirectory directory) {
        this.establishing = establishing;
        this.appointing = appointing;
        this.rosters = rosters;
        this.committees = committees;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Every body: the Governing Board and the Executive Committee first, then the others by kind and id")
    List<CommitteeSummary> list() {
        List<CommitteeSummary> all = new ArrayList<>(directory.all());
        for (CommitteeId standing : List.of(CommitteeId.GOVERNING_BOARD, CommitteeId.EXECUTIVE_COMMITTEE)) {
            if (all.stream().noneMatch(c -> c.id().equals(standing.value()))) {
                Committee body = Committee.unrecorded(standing);
                all.add(new CommitteeSummary(standing.value(), body.type().name(), body.name(), body.purpose()));
            }
        }
        all.sort(Comparator.comparing((CommitteeSummary c) -> c.type().equals("GOVERNING_BOARD") ? 0
                        : c.type().equals("EXECUTIVE_COMMITTEE") ? 1 : 2)
                .thenComparing(CommitteeSummary::type).thenComparing(CommitteeSummary::id));
        return all;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A body and its roster as of an instant (now when asOf is absent), as known now",
            description = "Seats, chair, secretary, the Executive Committee's vacancies and the quorum of the voting seats."
                    + " The Governing Board's seats are its members with voting rights at that instant, held by their delegates.")
    RosterView get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return RosterView.of(rosters.rosterOf(CommitteeId.of(id), asOf));
    }

    @PostMapping
    @SecretariesAndAdmins
    @Operation(summary = "Create an advisory committee or one of the four work groups")
    ResponseEntity<RosterView> create(@RequestBody CommitteeRequests.Create body, CommandContext context) {
        var created = establishing.establish(new EstablishCommittee(body.id(), body.type(), body.name(), body.purpose()), context);
        return ResponseEntity.created(URI.create("/api/v1/committees/" + created.state().id())).body(now(created.state()));
    }

    @PostMapping("/{id}/members")
    @SecretariesAndAdmins
    @Operation(summary = "Add a member to an advisory committee or work group, for a term",
            description = "A work group's participant takes part for an ACTIVE Governing or Affiliate member; a licensee"
                    + " is refused 403 NOT_ELIGIBLE.")
    ResponseEntity<RosterView> addMember(@PathVariable String id, @RequestBody CommitteeRequests.AddMember body,
                                         CommandContext context) {
        var changed = appointing.addMember(CommitteeId.of(id), new AddMember(body.person(), body.name(), body.member(),
                body.from(), body.until()), context);
        return ResponseEntity.created(URI.create("/api/v1/committees/" + id)).body(now(changed.state()));
    }

    @DeleteMapping("/{id}/members/{person}")
    @SecretariesAndAdmins
    @Operation(summary = "End a member's term (now, or at the instant given)")
    RosterView removeMember(@PathVariable String id, @PathVariable String person, @RequestParam(required = false) Instant at,
                            CommandContext context) {
        return now(appointing.removeMember(CommitteeId.of(id), person, at, context).state());
    }

    @PutMapping("/{id}/chair")
    @SecretariesAndAdmins
    @Operation(summary = "Name the chair of an advisory committee or work group (one of its members)",
            description = "The Governing Board and the Executive Committee are chaired by the CHAIR position's holder.")
    RosterView nameChair(@PathVariable String id, @RequestBody CommitteeRequests.NamePerson body, CommandContext context) {
        return now(appointing.nameChair(CommitteeId.of(id), body.person(), body.from(), context).state());
    }

    @PutMapping("/{id}/secretary")
    @SecretariesAndAdmins
    @Operation(summary = "Name the body's non-voting secretary")
    RosterView nameSecretary(@PathVariable String id, @RequestBody CommitteeRequests.NamePerson body, CommandContext context) {
        return now(appointing.nameSecretary(CommitteeId.of(id), body.person(), body.name(), body.from(), context).state());
    }

    @PostMapping("/{id}/roster")
    @SecretariesAndAdmins
    @Operation(summary = "Record the Executive Committee's initial roster (once)",
            description = "Position, holder, member and term of each seat; at most one seat per member. Later seats follow"
                    + " the elections.")
    ResponseEntity<RosterView> recordRoster(@PathVariable String id, @RequestBody CommitteeRequests.ExecutiveRoster body,
                                            CommandContext context) {
        var recorded = appointing.recordExecutiveRoster(CommitteeId.of(id), body.holders(), context);
        return ResponseEntity.created(URI.create("/api/v1/committees/" + id)).body(now(recorded.state()));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every event recorded on the body's stream, in order, with who recorded it")
    List<HistoryEntry> history(@PathVariable String id) {
        CommitteeId committee = CommitteeId.of(id);
        rosters.committee(committee);
        return committees.exists(committee) ? committees.history(committee).stream().map(HistoryEntry::of).toList() : List.of();
    }

    private RosterView now(Committee committee) {
        return RosterView.of(rosters.rosterNow(committee));
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
