package org.charter.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.notification.preference.Language;
import org.charter.notification.roll.People;
import org.charter.notification.roll.Person;
import org.charter.notification.roll.Recipient;
import org.junit.jupiter.api.Test;

/** Membership's contacts first, then charter.notification.people, else no address and why. */
class AddressBookTest {

    private final Map<String, String> membershipContacts = Map.of("ca-del", "ca-del@members.test", "sam", "sam@members.test");
    private final Contacts membership = r -> r.memberId() == null ? Optional.empty()
            : Optional.ofNullable(membershipContacts.get(r.personId()));
    private final AddressBook book = new AddressBook(membership, new People(List.of(
            new Person("sam", "Sam Secretary", "sam@charter.localhost", Language.EN, List.of("secretary")),
            new Person("eve", "Eve Expert", "eve@experts.test", Language.ES, List.of()),
            new Person("ned", "Ned No-Mail", " ", Language.EN, List.of("secretary")))));

    @Test
    void a_members_person_is_found_in_membership_contacts() {
        assertThat(book.addressOf(new Recipient("ca-del", "Carla", "CA", Recipient.Role.DELEGATE)).email())
                .isEqualTo("ca-del@members.test");
    }

    @Test
    void membership_contacts_come_before_the_people_listed_apart() {
        assertThat(book.addressOf(new Recipient("sam", "Sam", "CA", Recipient.Role.ASSIGNEE)).email()).isEqualTo("sam@members.test");
    }

    @Test
    void an_expert_or_a_secretary_without_a_member_record_is_found_among_the_people_listed() {
        assertThat(book.addressOf(new Recipient("eve", "Eve", null, Recipient.Role.SEAT_HOLDER)).email()).isEqualTo("eve@experts.test");
        assertThat(book.addressOf(new Recipient("sam", "Sam", null, Recipient.Role.CANDIDATE)).email())
                .isEqualTo("sam@charter.localhost");
    }

    @Test
    void a_person_found_nowhere_has_no_address_and_the_detail_says_where_it_was_looked_for() {
        AddressBook.Address nowhere = book.addressOf(new Recipient("nobody.known", null, null, Recipient.Role.ASSIGNEE));
        assertThat(nowhere.known()).isFalse();
        assertThat(nowhere.detail()).isEqualTo("nobody.known represents no member known to the roll, so membership keeps no"
                + " contacts for them, and charter.notification.people does not list them");

        AddressBook.Address noContact = book.addressOf(new Recipient("ca-alt9", null, "CA", Recipient.Role.ALTERNATE));
        assertThat(noContact.known()).isFalse();
        assertThat(noContact.detail()).isEqualTo("membership's contacts of member CA have no e-mail address for ca-alt9, and"
                + " charter.notification.people does not list them");
    }

    @Test
    void a_person_listed_without_an_address_has_none_and_the_detail_says_so() {
        assertThat(book.addressOf(new Recipient("ned", null, null, Recipient.Role.CANDIDATE)).detail())
                .endsWith("charter.notification.people lists them without an e-mail address");
    }
}
