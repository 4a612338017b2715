package org.charter.notification.roll;

/**
 * A person who receives notices: as one of a member's appointees, or as the holder of a committee
 * seat (whose committee's polls they vote in themselves; {@code memberId} the member they take part
 * for, null for an independent expert), or as whom a process task waits for: its assignee, or one
 * of its candidates (in a candidate group, or named) while nobody is assigned ({@code memberId} the
 * member they represent, null for a secretary or an expert). Or no person at all: a task's
 * candidate group nobody is listed in ({@link #unlistedGroup}), which stands in the delivery log for
 * the people who should have heard of the task, so that the gap shows; or a task that names
 * nobody at all ({@link #noCandidate}: no assignee, candidate user or group); or a vacant committee
 * position ({@link #vacantSeat}) to which a notice was due, the Executive Committee's chair.
 */
public record Recipient(String personId, String name, String memberId, Role role) {

    /** What an unlisted group's {@code personId} begins with: the group's name follows; no person id looks so. */
    public static final String GROUP = "group:";

    /** What a vacant position's {@code personId} begins with: the committee and position follow. */
    public static final String VACANT = "vacant:";

    /** What the {@code personId} of a task naming nobody begins with: the task's id follows. */
    public static final String NOBODY = "nobody:";

    public enum Role { DELEGATE, ALTERNATE, SEAT_HOLDER, ASSIGNEE, CANDIDATE, UNLISTED_GROUP, NO_CANDIDATE, VACANT_SEAT }

    /** A task's candidate group nobody is listed in: {@code personId} {@code group:<group>}, {@code name} the group. */
    public static Recipient unlistedGroup(String group) {
        return new Recipient(GROUP + group, group, null, Role.UNLISTED_GROUP);
    }

    /**
     * A task nobody is assigned to that names no candidate user nor candidate group: {@code personId}
     * {@code nobody:<task id>}, {@code name} the task's id.
     */
    public static Recipient noCandidate(String taskId) {
        return new Recipient(NOBODY + taskId, taskId, null, Role.NO_CANDIDATE);
    }

    /**
     * A committee position nobody holds, to which a notice was due (the Executive Committee's chair):
     * {@code personId} {@code vacant:<committee>/<position>}, {@code name} the position.
     */
    public static Recipient vacantSeat(String committeeId, String position) {
        return new Recipient(VACANT + committeeId + "/" + position, position, null, Role.VACANT_SEAT);
    }

    /**
     * Whether this is a person a message can go to (not an {@link Role#UNLISTED_GROUP}, a
     * {@link Role#NO_CANDIDATE} nor a {@link Role#VACANT_SEAT}).
     */
    public boolean isPerson() {
        return role != Role.UNLISTED_GROUP && role != Role.NO_CANDIDATE && role != Role.VACANT_SEAT;
    }

    public boolean isDelegate() {
        return role == Role.DELEGATE;
    }

    /** Whether the person is who answers a poll: a member's delegate, or a seat holder on a committee's poll. */
    public boolean votes() {
        return role == Role.DELEGATE || role == Role.SEAT_HOLDER;
    }
}
