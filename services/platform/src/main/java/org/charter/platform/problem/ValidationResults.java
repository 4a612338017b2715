package org.charter.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import org.charter.conventions.InvalidField;
import org.charter.conventions.InvalidInput;
import org.springframework.core.MethodParameter;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * What Bean Validation found, whichever way Spring reports it (a {@code @Valid} body, constrained
 * controller parameters, a validated bean), as the fields the caller has to fix, named as the
 * caller wrote them: {@code seats[0].name}, {@code size}.
 */
final class ValidationResults {

    private ValidationResults() {
    }

    static InvalidInput of(MethodArgumentNotValidException invalid) {
        List<InvalidField> fields = new ArrayList<>();
        for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
            fields.add(new InvalidField(error.getField(), error.getDefaultMessage()));
        }
        for (ObjectError error : invalid.getBindingResult().getGlobalErrors()) {
            fields.add(new InvalidField(error.getObjectName(), error.getDefaultMessage()));
        }
        return InvalidInput.of(fields);
    }

    static InvalidInput of(HandlerMethodValidationException invalid) {
        List<InvalidField> fields = new ArrayList<>();
        invalid.getParameterValidationResults().forEach(result -> {
            String name = parameterName(result.getMethodParameter());
            result.getResolvableErrors().forEach(error -> fields.add(new InvalidField(
                    error instanceof FieldError fieldError ? name + "." + fieldError.getField() : name,
                    error.getDefaultMessage())));
        });
        return InvalidInput.of(fields);
    }

    static InvalidInput of(ConstraintViolationException invalid) {
        return InvalidInput.of(invalid.getConstraintViolations().stream()
                .map(violation -> new InvalidField(leafName(violation), violation.getMessage()))
                .toList());
    }

    private static String leafName(ConstraintViolation<?> violation) {
        String leaf = null;
        for (Path.Node node : violation.getPropertyPath()) {
            leaf = node.getName();
        }
        return leaf == null ? violation.getPropertyPath().toString() : leaf;
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        String name = parameter.getParameterName();
        return name != null ? name : "argument" + parameter.getParameterIndex();
    }
}
