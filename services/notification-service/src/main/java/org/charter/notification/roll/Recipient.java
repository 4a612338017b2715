package org.charter.notification.roll;

/**
 * A person who receives notices: as one of a member's appointees, or as the holder of a committee
 * seat (whose committee's polls they vote in themselves; {@code memberId} the member they take part
 * for, null for an independent expert).
 */
public record Recipient(String personId, String name, String memberId, Role role) {

    public enum Role { DELEGATE, ALTERNATE, SEAT_HOLDER }

    public boolean isDelegate() {
        return role == Role.DELEGATE;
    }

    /** Whether the person is who answers a poll: a member's delegate, or a seat holder on a committee's poll. */
    public boolean votes() {
        return role == Role.DELEGATE || role == Role.SEAT_HOLDER;
    }
}
