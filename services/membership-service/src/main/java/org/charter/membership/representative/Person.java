package org.charter.membership.representative;

import java.util.Objects;
import org.charter.platform.error.RuleViolation;

/** Someone who represents a member. Names are public (DOMAIN §7.2); contact details are not kept here. */
public record Person(PersonId id, String name) {

    public Person {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new RuleViolation("PERSON_NAME_REQUIRED", "the name of person " + id + " is required");
        }
        name = name.strip();
    }

    public static Person of(String id, String name) {
        return new Person(PersonId.of(id), name);
    }
}
