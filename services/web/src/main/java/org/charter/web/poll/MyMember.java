package org.charter.web.poll;

/**
 * The member a delegate acts for, and what the signed-in person is for it now:
 * {@code DELEGATE}, {@code ALTERNATE} or {@code NONE} (by membership's appointments, not the token).
 */
public record MyMember(String id, String name, String standing) {
}
