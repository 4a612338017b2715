package org.charter.conventions;

/** One offending input of a validation problem: a body field path ({@code seats[0].name}) or a parameter name. */
public record InvalidField(String field, String message) {
}
