package org.charter.committee.motion.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.charter.membershiproll.member.Tier;
import org.charter.committee.motion.MotionKind;
import org.charter.committee.motion.Subject;

/** The JSON bodies of the motion commands. Shape errors are 400 naming the field; rule errors 422 or 409. */
final class MotionRequests {

    private MotionRequests() {
    }

    @Schema(name = "ProposeMotion")
    record Propose(@NotBlank @Size(max = 300) @Schema(example = "Open data policy") String title,
                   @NotBlank @Size(max = 100_000) @Schema(example = "1. Item statistics are published yearly.\n2. ...") String text,
                   @NotNull @Schema(example = "POLICY_ADOPTION") MotionKind kind,
                   @NotBlank @Schema(example = "GOVERNING_BOARD") String committee,
                   @Valid @Schema(description = "What the motion decides: a member ({\"member\":\"GU\"}, an admission may name"
                           + " the tier) or a budget version ({\"budget\":\"<id>\",\"version\":2})") SubjectBody subject) {
    }

    @Schema(name = "MotionSubject")
    record SubjectBody(@Pattern(regexp = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*", message = "must be a member id such as GU")
                       @Schema(example = "GU") String member,
                       @Schema(description = "ADMIT_MEMBER: the tier admitted to; defaults to the tier applied for") Tier tier,
                       @Size(max = 100) String budget,
                       @Min(1) Integer version) {
        Subject toSubject() {
            return new Subject(member, tier, budget, version);
        }
    }

    @Schema(name = "ReviseMotion")
    record Revise(@Size(max = 300) @Schema(description = "Defaults to the current title") String title,
                  @NotBlank @Size(max = 100_000) String text,
                  @Size(max = 5_000) @Schema(description = "How the revision answers the blocks and reservations") String note) {
    }

    @Schema(name = "WithdrawMotion")
    record Withdraw(@Size(max = 2_000) String reason) {
    }
}
