package org.charter.conventions;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a validation problem says: every offending field, in a stable order (checks may run in any
 * order, the answer should not change with it), and one sentence naming them all.
 */
public record InvalidInput(List<InvalidField> fields) {

    private static final Comparator<InvalidField> STABLE =
            Comparator.comparing(InvalidField::field).thenComparing(InvalidField::message);

    public InvalidInput {
        fields = fields.stream().sorted(STABLE).toList();
    }

    public static InvalidInput of(Collection<InvalidField> fields) {
        return new InvalidInput(List.copyOf(fields));
    }

    /** {@code Invalid input. name: must not be blank; seats: must be at least 1.} */
    public String detail() {
        return fields.stream()
                .map(field -> field.field() + ": " + field.message())
                .collect(Collectors.joining("; ", "Invalid input. ", "."));
    }
}
