package org.charter.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.charter.platform.error.CharterException;

/**
 * Asserts on a command's refusal: its type (hence its HTTP status) and its stable code, e.g.
 * {@code refused(Conflict.class, "MEMBER_ALREADY_ADMITTED", () -> member.admit(ruling, now))}.
 */
public final class Refusals {

    private Refusals() {
    }

    public static <T extends CharterException> T refused(Class<T> type, String code, ThrowingCallable command) {
        Throwable thrown = catchThrowable(command);
        assertThat(thrown).as("the refusal").isInstanceOf(type);
        T refusal = type.cast(thrown);
        assertThat(refusal.code()).as("the refusal's code").isEqualTo(code);
        return refusal;
    }
}
