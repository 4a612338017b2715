package org.charter.platform.problem;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Set;

/** What a Java type accepts, said in the caller's words: {@code a whole number}, {@code one of [YES, NO]}. */
final class ExpectedValues {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, long.class, short.class, byte.class,
            Integer.class, Long.class, Short.class, Byte.class, BigInteger.class);

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
        if (isWholeNumber(type)) {
            return "a whole number";
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

    /** Counts and money in cents are whole: a caller sending 0.10 or "ten" is told so. */
    private static boolean isWholeNumber(Class<?> type) {
        return WHOLE_NUMBERS.contains(type);
    }
}
