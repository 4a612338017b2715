package org.charter.membership.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.charter.platform.error.CharterException;

/** Asserts on a command's refusal: its type (hence HTTP status) and its stable code. */
public final class Refusals {

    private Refusals() {
    }

    public static <T extends CharterException> T refused(Class<T> type, String code, ThrowingCallable command) {
        Throwable thrown = catchThrowable(command);
        assertThat(thrown).isInstanceOf(type);
        T refusal = type.cast(thrown);
        assertThat(refusal.code()).isEqualTo(code);
        return refusal;
    }
}
