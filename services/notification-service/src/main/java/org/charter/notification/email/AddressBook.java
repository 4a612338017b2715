package org.charter.notification.email;

import java.util.Optional;
import org.charter.notification.roll.People;
import org.charter.notification.roll.Person;
import org.charter.notification.roll.Recipient;

/**
 * Where a recipient's messages go: membership's contacts for a member's people first (the only
 * place their addresses are kept, DOMAIN §7.2), then {@code charter.notification.people} for those
 * without a member record (secretaries, experts); else no address, and why, for the delivery log.
 */
public final class AddressBook {

    private final Contacts membership;
    private final People people;

    public AddressBook(Contacts membership, People people) {
        this.membership = membership;
        this.people = people;
    }

    /** Membership's contacts alone (no one listed apart). */
    public static AddressBook of(Contacts membership) {
        return new AddressBook(membership, People.none());
    }

    /** An address found, or none with what to fix. */
    public record Address(String email, String detail) {

        static Address found(String email) {
            return new Address(email, null);
        }

        static Address missing(String detail) {
            return new Address(null, detail);
        }

        public boolean known() {
            return email != null;
        }
    }

    public Address addressOf(Recipient recipient) {
        Optional<String> contact = membership.emailOf(recipient).filter(e -> !e.isBlank());
        if (contact.isPresent()) {
            return Address.found(contact.get());
        }
        Optional<Person> listed = people.find(recipient.personId());
        if (listed.isPresent() && listed.get().hasEmail()) {
            return Address.found(listed.get().email());
        }
        String where = recipient.memberId() == null
                ? recipient.personId() + " represents no member known to the roll, so membership keeps no contacts for them"
                : "membership's contacts of member " + recipient.memberId() + " have no e-mail address for "
                        + recipient.personId();
        return Address.missing(where + ", and charter.notification.people "
                + (listed.isPresent() ? "lists them without an e-mail address" : "does not list them"));
    }
}
