package org.charter.election.seat.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.charter.election.SecretariesAndAdmins;
import org.charter.election.position.Positions;
import org.charter.election.seat.ExecutiveCommittee;
import org.charter.election.seat.ExecutiveCommittee.SeatView;
import org.charter.election.seat.Seating;
import org.charter.platform.event.CommandContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/executive-committee")
@Tag(name = "Executive Committee", description = "Seats, holders and terms; succession, vacancies and interim seats (DOMAIN 2.2, 5.6-5.7)")
class ExecutiveCommitteeController {

    private final Seating seating;
    private final Positions positions;
    private final Clock clock;

    ExecutiveCommitteeController(Seating seating, Positions positions, Clock clock) {
        this.seating = seating;
        this.positions = positions;
        this.clock = clock;
    }

    record HolderView(String personId, String name, String memberId, LocalDate termStart, LocalDate termEnd, String reason) {
    }

    @Schema(description = "A seat left mid-term; specialElectionBy is null when no special election fills it (fewer than"
            + " 90 days left, or a position filled by succession)")
    record VacancyView(Instant since, LocalDate termEnd, LocalDate specialElectionBy) {
    }

    record SeatEntry(String position, int seat, HolderView holder, VacancyView vacancy) {
    }

    record CommitteeView(Instant asOf, List<SeatEntry> seats) {
    }

    @Schema(description = "The EC's decision to seat a person in a vacancy until it is filled")
    record InterimRequest(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}") String personId,
                          @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String decision) {
    }

    @GetMapping
    @Operation(summary = "The Executive Committee now: every seat, its holder and term, or its vacancy")
    CommitteeView get() {
        return view(seating.catchUp());
    }

    @PostMapping("/seats/{position}/{seat}/resignation")
    @SecretariesAndAdmins
    @Operation(summary = "Record the holder's resignation, effective now", description = "The seat is vacant; a vacant Chair"
            + " is taken at once by the Chair-Elect, who keeps the next term. 404 SEAT_NOT_FOUND; 409 SEAT_VACANT;"
            + " 422 UNKNOWN_POSITION.")
    CommitteeView resign(@PathVariable String position, @PathVariable int seat, CommandContext context) {
        return view(seating.resign(position, seat, context).state());
    }

    @PostMapping("/seats/{position}/{seat}/interim")
    @SecretariesAndAdmins
    @Operation(summary = "Record the EC's decision to seat a person in a vacancy until it is filled", description = "409"
            + " SEAT_TAKEN, NO_VACANCY (a vacant Past Chair stays empty); 422 HOLDER_NOT_ELIGIBLE (not representing an"
            + " active Governing member), MAX_SEATS_PER_MEMBER, UNKNOWN_POSITION; 404 SEAT_NOT_FOUND.")
    CommitteeView interim(@PathVariable String position, @PathVariable int seat, @Valid @RequestBody InterimRequest body,
                          CommandContext context) {
        return view(seating.seatInterim(position, seat, body.personId(), body.name(), body.decision(), context).state());
    }

    private CommitteeView view(ExecutiveCommittee committee) {
        Instant now = clock.instant();
        return new CommitteeView(now, committee.seats(positions, now).stream().map(ExecutiveCommitteeController::entry).toList());
    }

    private static SeatEntry entry(SeatView s) {
        HolderView holder = s.holder() == null ? null : new HolderView(s.holder().personId(), s.holder().name(),
                s.holder().memberId(), s.holder().termStart(), s.holder().termEnd(), s.holder().reason().name());
        VacancyView vacancy = s.vacancy() == null ? null
                : new VacancyView(s.vacancy().since(), s.vacancy().termEnd(), s.vacancy().specialElectionBy());
        return new SeatEntry(s.position(), s.seat(), holder, vacancy);
    }
}
