package org.charter.membership.votingrights.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import org.charter.membership.member.MemberId;
import org.charter.membership.member.Members;
import org.charter.membership.votingrights.VotingRights;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Voting rights", description = "Who may vote (DOMAIN 1.5), at any instant")
class VotingRightsController {

    private final Members members;
    private final Clock clock;

    VotingRightsController(Members members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @GetMapping("/api/v1/members/{id}/voting-rights")
    @Operation(summary = "A member's voting rights at an instant (default now)",
            description = "votingRights: GOVERNING and ACTIVE, so in the electorate N of a poll opening then. "
                    + "canCastVote: also has a delegate or alternate to cast the vote.")
    VotingRights votingRights(@PathVariable MemberId id,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        return VotingRights.of(members.get(id), at == null ? clock.instant() : at);
    }
}
