package org.charter.gateway.devtoken;

import java.util.List;
import org.charter.conventions.InvalidField;
import org.charter.conventions.InvalidInput;

/** A token request with fields to fix; answered 400 with each field named. */
public class InvalidDevTokenRequest extends RuntimeException {

    private final List<InvalidField> errors;

    public InvalidDevTokenRequest(List<InvalidField> errors) {
        super(InvalidInput.of(errors).detail());
        this.errors = List.copyOf(errors);
    }

    /** In the order the request was checked: subject, role, member. */
    public List<InvalidField> errors() {
        return errors;
    }

    public InvalidInput input() {
        return InvalidInput.of(errors);
    }
}
