package org.charter.membership.representative;

import java.util.regex.Pattern;
import org.charter.platform.error.RuleViolation;

/**
 * A person's stable id: the subject of the tokens they sign in with, so that other services can
 * tell whether the caller is a member's delegate. Lower-case letters, digits, '.', '_' and '-',
 * 2 to 64 characters; deliberately not an e-mail address, which is a private contact detail.
 */
public record PersonId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public PersonId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new RuleViolation("INVALID_PERSON_ID",
                    "person id '" + value + "' must be 2-64 lower-case letters, digits, '.', '_' or '-'"
                            + " starting with a letter or digit (the person's sign-in subject, e.g. ca-delegate)");
        }
    }

    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
