package org.charter.membership.representative;

/**
 * A representative's e-mail and phone. DOMAIN §7.2 keeps them private, so they are never part
 * of an event (events are published and kept forever): they go to {@link Contacts}.
 */
public record ContactDetails(String email, String phone) {

    public static ContactDetails none() {
        return new ContactDetails(null, null);
    }

    public boolean isEmpty() {
        return email == null && phone == null;
    }
}
