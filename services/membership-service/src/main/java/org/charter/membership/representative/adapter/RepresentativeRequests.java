package org.charter.membership.representative.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.charter.membership.member.adapter.MemberRequests.Decision;
import org.charter.membership.member.adapter.MemberRequests.Ruled;
import org.charter.membership.representative.ContactDetails;
import org.charter.membership.representative.Person;
import org.charter.membership.representative.PersonToAppoint;
import org.charter.membership.representative.RepresentativeRole;

/** The JSON bodies of the appointment commands. Contact details are optional and kept private. */
final class RepresentativeRequests {

    static final String PERSON_ID = "[a-z0-9][a-z0-9._-]{1,63}";
    static final String PERSON_ID_MESSAGE =
            "must be 2-64 lower-case letters, digits, '.', '_' or '-': the person's sign-in subject, e.g. ca-delegate";

    private RepresentativeRequests() {
    }

    /** Someone appointed, with optional private contact details. */
    @Schema(name = "Appointee")
    record Appointee(
            @NotBlank @Pattern(regexp = PERSON_ID, message = PERSON_ID_MESSAGE) @Schema(example = "or-delegate") String personId,
            @NotBlank @Size(max = 200) @Schema(example = "Jordan Ellis") String name,
            @Email @Size(max = 200) @Schema(example = "jordan.ellis@ode.oregon.gov", description = "Private: shown only to secretaries, admins and auditors") String email,
            @Size(max = 50) @Schema(example = "+1 503 555 0142", description = "Private") String phone) {
        PersonToAppoint toAppoint() {
            return new PersonToAppoint(Person.of(personId, name), new ContactDetails(email, phone));
        }
    }

    @Schema(name = "RepresentativeAppointment")
    record Appointment(@NotNull @Schema(example = "K12_LEAD") RepresentativeRole role,
                       @NotBlank @Pattern(regexp = PERSON_ID, message = PERSON_ID_MESSAGE) @Schema(example = "or-k12") String personId,
                       @NotBlank @Size(max = 200) @Schema(example = "Casey Morgan") String name,
                       @Email @Size(max = 200) String email,
                       @Size(max = 50) String phone,
                       @NotNull Instant decidedAt, Instant effectiveAt, @NotNull @Valid Decision decision) implements Ruled {
        Appointee appointee() {
            return new Appointee(personId, name, email, phone);
        }
    }

    @Schema(name = "RepresentativeEnding")
    record Ending(@NotNull @Schema(example = "HIGHER_EDUCATION_LEAD") RepresentativeRole role,
                  @NotNull Instant decidedAt, Instant effectiveAt, @NotNull @Valid Decision decision) implements Ruled {
    }

    @Schema(name = "DelegateAppointment")
    record DelegateAppointment(@NotNull @Valid Appointee delegate,
                               @NotNull Instant decidedAt, Instant effectiveAt, @NotNull @Valid Decision decision)
            implements Ruled {
    }

    /** A member has at most two alternates (the domain's rule, RepresentativeRole.ALTERNATE): a longer list is not read. */
    static final int MAX_ALTERNATES = 2;

    @Schema(name = "AlternatesAppointment")
    record AlternatesAppointment(@NotNull @Size(max = MAX_ALTERNATES, message = "at most " + MAX_ALTERNATES + " alternates")
                                 @Schema(description = "The complete ordered list (0..2); [] ends every alternate's term")
                                 List<@Valid @NotNull Appointee> alternates,
                                 @NotNull Instant decidedAt, Instant effectiveAt, @NotNull @Valid Decision decision)
            implements Ruled {
    }
}
