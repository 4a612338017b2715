package org.charter.membership.representative;

import java.util.Objects;

/** Someone to appoint, with the private contact details to keep for them. */
public record PersonToAppoint(Person person, ContactDetails contact) {

    public PersonToAppoint {
        Objects.requireNonNull(person, "person");
        contact = contact == null ? ContactDetails.none() : contact;
    }

    public static PersonToAppoint withoutContact(Person person) {
        return new PersonToAppoint(person, ContactDetails.none());
    }
}
