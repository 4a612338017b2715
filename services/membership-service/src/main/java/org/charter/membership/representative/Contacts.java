package org.charter.membership.representative;

import java.time.Instant;

/** Where representatives' private contact details are kept, apart from the event history. */
public interface Contacts {

    /** Keeps the details of a person (replacing earlier ones); nothing when they are empty. */
    void record(PersonId person, ContactDetails details, Instant at);
}
