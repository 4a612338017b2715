package org.charter.voting.contest;

/** A contest file that cannot be read, with where the problem is and what to fix. */
public class MalformedContest extends RuntimeException {

    private final String source;
    private final int line;

    public MalformedContest(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** 1-based line number, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
