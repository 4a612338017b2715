package org.charter.committee.committee.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.charter.committee.committee.Committee.SeatHolder;
import org.charter.committee.committee.CommitteeType;
import org.charter.committee.committee.ExecutivePosition;

/**
 * The JSON bodies of the committee commands. A body that is not JSON or has a value of the wrong
 * type is 400; a rule the values break is 422 naming the field (the domain says which).
 */
final class CommitteeRequests {

    private CommitteeRequests() {
    }

    @Schema(name = "CreateCommittee")
    record Create(@Schema(example = "TECHNICAL_ADVISORY", description = "Upper case; a work group's is its DOMAIN §2.3 name")
                  String id,
                  @Schema(example = "ADVISORY_COMMITTEE") CommitteeType type,
                  @Schema(example = "Technical Advisory Committee", description = "Defaults to the work group's name") String name,
                  String purpose) {
    }

    @Schema(name = "AddCommitteeMember")
    record AddMember(@Schema(example = "ada.lovelace", description = "The person's id: the subject of their tokens") String person,
                     @Schema(example = "Ada Lovelace") String name,
                     @Schema(example = "CA", description = "The member the person takes part for: required in a work group")
                     String member,
                     @Schema(description = "Start of the term; defaults to now") Instant from,
                     @Schema(description = "End of the term (exclusive); open when absent") Instant until) {
    }

    @Schema(name = "NamePerson")
    record NamePerson(@Schema(example = "ada.lovelace") String person,
                      @Schema(example = "Ada Lovelace", description = "Used for a secretary; a chair's name is on their term")
                      String name,
                      @Schema(description = "From when; defaults to now") Instant from) {
    }

    @Schema(name = "ExecutiveRoster")
    record ExecutiveRoster(List<Seat> seats) {
        List<SeatHolder> holders() {
            return seats == null ? List.of() : seats.stream()
                    .map(s -> s == null ? null : new SeatHolder(s.position(), s.person(), s.name(), s.member(), s.termStart(),
                            s.termEnd()))
                    .toList();
        }
    }

    @Schema(name = "ExecutiveSeat")
    record Seat(@Schema(example = "CHAIR") ExecutivePosition position,
                @Schema(example = "wa-k12") String person,
                @Schema(example = "Wanda Adams") String name,
                @Schema(example = "WA") String member,
                @Schema(example = "2025-07-01T07:00:00Z") Instant termStart,
                @Schema(example = "2026-07-01T07:00:00Z") Instant termEnd) {
    }
}
