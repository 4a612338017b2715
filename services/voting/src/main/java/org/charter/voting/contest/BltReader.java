package org.charter.voting.contest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.charter.voting.ranked.Ballot;
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
    private final BufferedReader in;
    private int lineNumber;

    private BltReader(String source, Reader reader) {
        this.source = source;
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    }

    public static Contest read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), reader);
        }
    }

    public static Contest read(String source, Reader reader) throws IOException {
        return new BltReader(source, reader).contest();
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
        Map<RankingKey, long[]> ballots = new LinkedHashMap<>();
        String line = nextContentLine();
        while (line != null && line.trim().startsWith("-")) {
            for (String token : line.trim().split("\\s+")) {
                int w = integer(token, "withdrawn candidate");
                if (w >= 0 || -w > candidates) {
                    throw error("withdrawn candidates are written -1..-" + candidates + ", found " + token);
                }
                withdrawn.add(-w - 1);
            }
            line = nextContentLine();
        }
        int[] scratch = new int[candidates];
        boolean[] seen = new boolean[candidates];
        while (true) {
            if (line == null) {
                throw error("the file ended before the line '0' that closes the ballots");
            }
            if (line.trim().equals("0")) {
                break;
            }
            readBallot(line, candidates, scratch, seen, ballots);
            line = nextContentLine();
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
        List<Ballot> merged = new ArrayList<>(ballots.size());
        ballots.forEach((k, w) -> merged.add(new Ballot(w[0], k.ranking)));
        return new Contest(title, title, seats, slate, withdrawnIds, merged);
    }

    private void readBallot(String line, int candidates, int[] scratch, boolean[] seen, Map<RankingKey, long[]> ballots) {
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
        int[] ranking = Arrays.copyOf(scratch, length);
        ballots.computeIfAbsent(new RankingKey(ranking), k -> new long[1])[0] += weight;
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

    private String nextContentLine() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return line;
            }
        }
        return null;
    }

    private MalformedContest error(String problem) {
        return new MalformedContest(source, lineNumber, problem);
    }

    private static final class RankingKey {
        final int[] ranking;
        final int hash;

        RankingKey(int[] ranking) {
            this.ranking = ranking;
            this.hash = Arrays.hashCode(ranking);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RankingKey k && k.hash == hash && Arrays.equals(k.ranking, ranking);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
