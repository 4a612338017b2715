package org.charter.membership.member.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.charter.membership.member.MemberKind;
import org.charter.membership.member.MemberStatus;
import org.charter.membership.member.Tier;

/** One line of the member listing, as of the listing's instant. */
@Schema(name = "MemberSummary")
record MemberSummary(@Schema(example = "CA") String id, @Schema(example = "California") String name, MemberKind kind,
                     MemberStatus status, Tier tier, boolean votingRights, Instant since) {
}
