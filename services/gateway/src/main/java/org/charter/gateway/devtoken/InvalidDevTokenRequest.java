package org.charter.gateway.devtoken;

import java.util.List;
import java.util.stream.Collectors;

/** A token request with fields to fix; answered 400 with each field named. */
public class InvalidDevTokenRequest extends RuntimeException {

    private final List<DevTokenRequest.FieldError> errors;

    public InvalidDevTokenRequest(List<DevTokenRequest.FieldError> errors) {
        super(errors.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<DevTokenRequest.FieldError> errors() {
        return errors;
    }
}
