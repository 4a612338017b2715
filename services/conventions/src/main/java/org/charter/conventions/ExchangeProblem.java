package org.charter.conventions;

/**
 * A problem with the HTTP exchange itself rather than with what it asks for: its status, its
 * stable code ({@link ProblemType} derives {@code type} and {@code title} from it) and the sentence
 * that says what to change. {@link ExchangeProblems} words each one once for every edge.
 */
public record ExchangeProblem(int status, String code, String detail) {

    public ProblemType type() {
        return ProblemType.of(code);
    }
}
