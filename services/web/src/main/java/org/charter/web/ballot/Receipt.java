package org.charter.web.ballot;

import java.util.List;

/**
 * What the election API gives the voter once, and only the voter: the receipt and the nonce it was
 * made with, and the ranking it covers (the page shows them once; the app keeps none of them).
 */
public record Receipt(String contest, List<String> ranking, String receipt, String nonce) {

    /** The shell command that recomputes the receipt, with {@code NONCE} where the voter puts the nonce. */
    public String hashCommand() {
        return "printf 'charter-ballot/1\\ncontest:%s\\nranking:%s\\nnonce:%s\\n' " + contest + " " + rankingLine()
                + " NONCE | sha256sum";
    }

    /** The ranking as the receipt hashes it: candidate ids joined by commas. */
    public String rankingLine() {
        return String.join(",", ranking);
    }
}
