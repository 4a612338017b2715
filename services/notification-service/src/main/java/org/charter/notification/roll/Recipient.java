package org.charter.notification.roll;

/** A person who receives a member's notices, as which of the member's appointees. */
public record Recipient(String personId, String name, String memberId, Role role) {

    public enum Role { DELEGATE, ALTERNATE }

    public boolean isDelegate() {
        return role == Role.DELEGATE;
    }
}
