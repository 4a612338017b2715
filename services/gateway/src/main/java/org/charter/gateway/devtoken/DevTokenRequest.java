package org.charter.gateway.devtoken;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.charter.conventions.InvalidField;

/**
 * What a developer asks for: who ({@code subject}), acting as which role, for which member.
 * {@link #validated()} checks everything at once, so one answer names every field to fix.
 */
public record DevTokenRequest(String subject, String role, String member) {

    /** Membership's member id: 2 to 16 characters, uppercase letters and digits in hyphen-joined parts (UCLA-CRESST). */
    static final Pattern MEMBER_ID = Pattern.compile("(?=.{2,16}$)[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    static final int SUBJECT_MAX_LENGTH = 200;

    /** A request that passed validation; {@code member} may be null except for delegates. */
    public record Valid(String subject, DevTokenRole role, String member) {
    }

    public Valid validated() {
        List<InvalidField> errors = new ArrayList<>();
        if (subject == null || subject.isBlank()) {
            errors.add(new InvalidField("subject", "is required: the user the token is for, e.g. \"alice\""));
        } else if (subject.length() > SUBJECT_MAX_LENGTH) {
            errors.add(new InvalidField("subject", "must be at most " + SUBJECT_MAX_LENGTH + " characters"));
        }
        DevTokenRole parsedRole = null;
        if (role == null || role.isBlank()) {
            errors.add(new InvalidField("role", "is required: one of " + DevTokenRole.allClaims()));
        } else {
            parsedRole = DevTokenRole.fromClaim(role).orElse(null);
            if (parsedRole == null) {
                errors.add(new InvalidField("role", "unknown role \"" + role + "\": use one of " + DevTokenRole.allClaims()));
            }
        }
        boolean memberGiven = member != null && !member.isEmpty();
        if (memberGiven && !MEMBER_ID.matcher(member).matches()) {
            errors.add(new InvalidField("member",
                    "\"" + member + "\" is not a member id: 2 to 16 uppercase letters or digits, starting with a letter, parts joined by hyphens, e.g. CA, USVI or UCLA-CRESST"));
        } else if (!memberGiven && parsedRole == DevTokenRole.DELEGATE) {
            errors.add(new InvalidField("member", "is required for a delegate: the id of the member it represents"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDevTokenRequest(errors);
        }
        return new Valid(subject, parsedRole, memberGiven ? member : null);
    }
}
