package org.charter.notification.roll;

/**
 * A person who receives notices: as one of a member's appointees, or as the holder of a committee
 * seat (whose committee's polls they vote in themselves; {@code memberId} the member they take part
 * for, null for an independent expert), or as whom a process task waits for: its assignee, or one
 * of its candidates (in a candidate group, or named) while nobody is assigned ({@code memberId} the
 * member they represent, null for a secretary or an expert).
 */
public record Recipient(String personId, String name, String memberId, Role role) {

    public enum Role { DELEGATE, ALTERNATE, SEAT_HOLDER, ASSIGNEE, CANDIDATE }

    public boolean isDelegate() {
        return role == Role.DELEGATE;
    }

    /** Whether the person is who answers a poll: a member's delegate, or a seat holder on a committee's poll. */
    public boolean votes() {
        return role == Role.DELEGATE || role == Role.SEAT_HOLDER;
    }
}
