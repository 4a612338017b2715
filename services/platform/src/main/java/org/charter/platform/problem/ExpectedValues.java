package org.charter.platform.problem;

import java.util.Arrays;

/** What a Java type accepts, said in the caller's words: {@code a number}, {@code one of [YES, NO]}. */
final class ExpectedValues {

    private ExpectedValues() {
    }

    static String of(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type.getPackageName().startsWith("java.time")) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        return "an object";
    }
}
