package org.charter.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A body Jackson could not read, as a problem naming the field and what it expects, without a word
 * of Jackson's own (class names, token types, source locations).
 */
final class UnreadableBodies {

    private UnreadableBodies() {
    }

    static ProblemDetail problemOf(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getCause();
        if (cause == null && unreadable.getMessage() != null
                && unreadable.getMessage().startsWith("Required request body is missing")) {
            return PlatformProblems.missingBody();
        }
        if (cause instanceof JsonParseException parse) {
            return PlatformProblems.notJson(parse.getLocation().getLineNr(), parse.getLocation().getColumnNr(),
                    parse.getOriginalMessage());
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return PlatformProblems.unknownField(pathOf(unknown));
        }
        if (cause instanceof InvalidFormatException format) {
            return PlatformProblems.invalidFieldValue(pathOf(format), format.getValue(),
                    ExpectedValues.of(format.getTargetType()));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return PlatformProblems.wrongFieldType(pathOf(mismatch), ExpectedValues.of(mismatch.getTargetType()));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return PlatformProblems.unusableFieldValue(pathOf(mapping));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return PlatformProblems.wrongBodyShape(ExpectedValues.of(mismatch.getTargetType()));
        }
        return PlatformProblems.unreadableBody();
    }

    /** {@code seats[0].name}: the path of the field in the body, as the caller wrote it. */
    static String pathOf(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
