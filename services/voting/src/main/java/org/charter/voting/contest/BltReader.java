package org.charter.voting.contest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.charter.voting.ranked.BallotTally;
import org.charter.voting.ranked.Candidate;
import org.charter.voting.ranked.Contest;

/**
 * Reads the BLT ballot format of OpenSTV, eSTV and other STV programs:
 * <pre>
 * 4 2                 candidates and seats
 * -2                  optional: withdrawn candidates as negative numbers
 * 3 1 3 4 0           a weight, then preferences (1-based), ending in 0
 * 0                   end of ballots
 * "Anna"              one quoted name per candidate
 * "Ward 7 by-election"   the title
 * </pre>
 * Identical ballots are merged while reading (their weights add up), which does not change any
 * count. Lines starting with {@code #} are comments. Ballot ids in parentheses are ignored; equal
 * rankings ({@code =}) and skipped ranks ({@code -}) are refused, as Charter ballots are strict.
 */
public final class BltReader {

    private final String source;
    private final byte[] in;
    private int pos;
    private int lineNumber;

    private BltReader(String source, byte[] in) {
        this.source = source;
        this.in = in;
    }

    public static Contest read(Path file) throws IOException {
        return new BltReader(file.getFileName().toString(), Files.readAllBytes(file)).contest();
    }

    public static Contest read(String source, Reader reader) throws IOException {
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        return new BltReader(source, text.toString().getBytes(StandardCharsets.UTF_8)).contest();
    }

    private Contest contest() throws IOException {
        String header = nextContentLine();
        if (header == null) {
            throw error("the file is empty; a BLT file starts with '<number of candidates> <number of seats>'");
        }
        String[] counts = header.trim().split("\\s+");
        if (counts.length != 2) {
            throw error("expected '<number of candidates> <number of seats>', found '" + header.trim() + "'");
        }
        int candidates = positive(counts[0], "number of candidates");
        int seats = positive(counts[1], "number of seats");

        Set<Integer> withdrawn = new HashSet<>();
        BallotTally ballots = new BallotTally();
        while (skipToContent() && in[pos] == '-') {
            String line = nextContentLine();
            for (String token : line.trim().split("\\s+")) {
                int w = integer(token, "withdrawn candidate");
                if (w >= 0 || -w > candidates) {
                    throw error("withdrawn candidates are written -1..-" + candidates + ", found " + token);
                }
                withdrawn.add(-w - 1);
            }
        }
        int[] scratch = new int[candidates];
        boolean[] seen = new boolean[candidates];
        while (true) {
            if (!skipToContent()) {
                throw error("the file ended before the line '0' that closes the ballots");
            }
            lineNumber++;
            if (isEndOfBallots()) {
                skipLine();
                break;
            }
            int start = pos;
            if (!fastBallot(candidates, scratch, seen, ballots)) {
                pos = start;
                readBallot(restOfLine(), candidates, scratch, seen, ballots);
            }
        }

        List<String> names = new ArrayList<>();
        List<Integer> nameLines = new ArrayList<>();
        while (names.size() < candidates + 1) {
            String text = nextContentLine();
            if (text == null) {
                throw error(names.size() < candidates
                        ? "expected the name of candidate " + (names.size() + 1) + " of " + candidates + " in double quotes, found the end of the file"
                        : "expected the title in double quotes, found the end of the file");
            }
            for (String s : quotedStrings(text)) {
                names.add(s);
                nameLines.add(lineNumber);
            }
        }
        if (names.size() > candidates + 1) {
            throw error("found " + (names.size() - 1) + " names for " + candidates + " candidates");
        }
        String trailing = nextContentLine();
        if (trailing != null) {
            throw error("unexpected text after the title: '" + trailing.trim() + "'");
        }

        List<Candidate> slate = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < candidates; i++) {
            if (!distinct.add(names.get(i))) {
                throw new MalformedContest(source, nameLines.get(i), "candidate name \"" + names.get(i) + "\" appears twice");
            }
            slate.add(Candidate.of(Integer.toString(i + 1), names.get(i)));
        }
        String title = names.get(candidates);
        Set<String> withdrawnIds = new HashSet<>();
        withdrawn.forEach(i -> withdrawnIds.add(Integer.toString(i + 1)));
        return new Contest(title, title, seats, slate, withdrawnIds, ballots.ballots());
    }

    /**
     * Reads a well-formed ballot line straight from the bytes; returns false, having consumed
     * nothing that matters, when the line needs the careful (and slower) reading below.
     */
    private boolean fastBallot(int candidates, int[] scratch, boolean[] seen, BallotTally ballots) {
        byte[] b = in;
        int p = pos;
        int end = b.length;
        long weight = 0;
        int digits = 0;
        while (p < end && b[p] >= '0' && b[p] <= '9' && digits < 18) {
            weight = weight * 10 + (b[p++] - '0');
            digits++;
        }
        if (digits == 0 || weight < 1 || p >= end || (b[p] != ' ' && b[p] != '\t')) {
            return false;
        }
        int length = 0;
        boolean closed = false;
        boolean ok = true;
        while (true) {
            while (p < end && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r')) {
                p++;
            }
            if (p >= end || b[p] == '\n') {
                break;
            }
            int v = 0;
            digits = 0;
            while (p < end && b[p] >= '0' && b[p] <= '9' && digits < 9) {
                v = v * 10 + (b[p++] - '0');
                digits++;
            }
            boolean separated = p >= end || b[p] == ' ' || b[p] == '\t' || b[p] == '\r' || b[p] == '\n';
            if (digits == 0 || !separated || closed || v > candidates || (v > 0 && seen[v - 1])) {
                ok = false;
                break;
            }
            if (v == 0) {
                closed = true;
            } else {
                seen[v - 1] = true;
                scratch[length++] = v - 1;
            }
        }
        clear(scratch, seen, length);
        if (!ok || !closed) {
            return false;
        }
        ballots.add(scratch, length, weight);
        pos = p < end ? p + 1 : p;
        return true;
    }

    private void readBallot(String line, int candidates, int[] scratch, boolean[] seen, BallotTally ballots) {
        int i = 0;
        int n = line.length();
        i = skipSpace(line, i);
        if (i < n && line.charAt(i) == '(') {
            int close = line.indexOf(')', i);
            if (close < 0) {
                throw error("a ballot id opened with '(' is not closed");
            }
            i = skipSpace(line, close + 1);
        }
        int start = i;
        i = skipToken(line, i);
        long weight = weight(line.substring(start, i));
        int length = 0;
        boolean closed = false;
        while (true) {
            i = skipSpace(line, i);
            if (i >= n) {
                break;
            }
            start = i;
            i = skipToken(line, i);
            String token = line.substring(start, i);
            if (closed) {
                throw error("text after the 0 that ends the ballot: '" + token + "'");
            }
            if (token.contains("=")) {
                throw error("equal rankings ('" + token + "') are not supported: Charter ballots are strict rankings");
            }
            if (token.equals("-")) {
                throw error("a skipped rank ('-') is not supported: Charter ballots have no gaps");
            }
            int preference = preference(token, candidates);
            if (preference == 0) {
                closed = true;
                continue;
            }
            int c = preference - 1;
            if (seen[c]) {
                clear(scratch, seen, length);
                throw error("candidate " + preference + " is ranked twice on this ballot");
            }
            seen[c] = true;
            scratch[length++] = c;
        }
        clear(scratch, seen, length);
        if (!closed) {
            throw error("a ballot line must end with 0: '" + line.trim() + "'");
        }
        ballots.add(scratch, length, weight);
    }

    private static void clear(int[] scratch, boolean[] seen, int length) {
        for (int k = 0; k < length; k++) {
            seen[scratch[k]] = false;
        }
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipToken(String s, int i) {
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private long weight(String token) {
        try {
            long w = Long.parseLong(token);
            if (w >= 1) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error("a ballot line starts with its weight, a whole number of at least 1; found '" + token + "'");
    }

    private int preference(String token, int candidates) {
        try {
            int p = Integer.parseInt(token);
            if (p >= 0 && p <= candidates) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error("preference '" + token + "' is not a candidate number (1.." + candidates + ", or 0 to end the ballot)");
    }

    private int positive(String token, String what) {
        int v = integer(token, what);
        if (v < 1) {
            throw error("the " + what + " must be at least 1, found " + token);
        }
        return v;
    }

    private int integer(String token, String what) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw error("the " + what + " must be a whole number, found '" + token + "'");
        }
    }

    private List<String> quotedStrings(String text) {
        String t = text.trim();
        if (!t.startsWith("\"")) {
            return List.of(t); // some writers leave names unquoted, one per line
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            i = skipSpace(t, i);
            if (i >= t.length()) {
                break;
            }
            if (t.charAt(i) != '"') {
                throw error("expected a name in double quotes, found '" + t.substring(i) + "'");
            }
            int close = t.indexOf('"', i + 1);
            if (close < 0) {
                throw error("a name opened with \" is not closed");
            }
            out.add(t.substring(i + 1, close));
            i = close + 1;
        }
        return out;
    }

    /**
     * Skips blank and comment lines (counting them) and whitespace at the start of the next content
     * line; returns false at the end of the file. The content line itself is not counted yet.
     */
    private boolean skipToContent() {
        while (pos < in.length) {
            int p = pos;
            while (p < in.length && (in[p] == ' ' || in[p] == '\t' || in[p] == '\r')) {
                p++;
            }
            if (p < in.length && in[p] != '\n' && in[p] != '#') {
                pos = p;
                return true;
            }
            skipLine();
            lineNumber++;
        }
        return false;
    }

    private boolean isEndOfBallots() {
        int p = pos;
        if (in[p] != '0') {
            return false;
        }
        p++;
        while (p < in.length && (in[p] == ' ' || in[p] == '\t' || in[p] == '\r')) {
            p++;
        }
        return p >= in.length || in[p] == '\n';
    }

    private void skipLine() {
        while (pos < in.length && in[pos] != '\n') {
            pos++;
        }
        if (pos < in.length) {
            pos++;
        }
    }

    /** The rest of the current line, decoded, and moves past it. */
    private String restOfLine() {
        int start = pos;
        skipLine();
        int end = pos;
        if (end > start && in[end - 1] == '\n') {
            end--;
        }
        return new String(in, start, end - start, StandardCharsets.UTF_8);
    }

    private String nextContentLine() {
        if (!skipToContent()) {
            return null;
        }
        lineNumber++;
        return restOfLine();
    }

    private MalformedContest error(String problem) {
        return new MalformedContest(source, lineNumber, problem);
    }
}
