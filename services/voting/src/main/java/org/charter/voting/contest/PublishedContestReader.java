package org.charter.voting.contest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.charter.voting.ranked.Ballot;
import org.charter.voting.ranked.Candidate;
import org.charter.voting.ranked.Contest;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.receipt.Receipts.ReceiptedBallot;

/**
 * Reads Charter's published-contest JSON. Syntax errors and ballot errors carry the line number;
 * other errors name the field.
 */
public final class PublishedContestReader {

    public static final String FORMAT = "charter.published-contest/1";
    /** v2: each ballot with its receipt, and the Merkle root over them (docs/voting/published-contest.v2.schema.json). */
    public static final String FORMAT_V2 = "charter.published-contest/2";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern HEX_64 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private final String source;

    private PublishedContestReader(String source) {
        this.source = source;
    }

    public static PublishedContest read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), reader);
        }
    }

    public static PublishedContest read(String source, Reader reader) throws IOException {
        return new PublishedContestReader(source).parse(reader);
    }

    private record LocatedBallot(int line, JsonNode node) {
    }

    private PublishedContest parse(Reader reader) throws IOException {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        List<LocatedBallot> ballots = new ArrayList<>();
        boolean sawBallots = false;
        try (JsonParser p = JSON.createParser(reader)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedContest(source, line(p), "a published contest is a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("ballots")) {
                    sawBallots = true;
                    if (value != JsonToken.START_ARRAY) {
                        throw new MalformedContest(source, line(p), "'ballots' must be an array");
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        int line = line(p);
                        ballots.add(new LocatedBallot(line, p.readValueAsTree()));
                    }
                } else {
                    fields.put(name, p.readValueAsTree());
                }
            }
            if (p.nextToken() != null) {
                throw new MalformedContest(source, line(p), "unexpected content after the contest object");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new MalformedContest(source, line, "not valid JSON: " + e.getOriginalMessage());
        }
        if (!sawBallots) {
            throw new MalformedContest(source, 0, "missing 'ballots'");
        }
        return build(fields, ballots);
    }

    private PublishedContest build(Map<String, JsonNode> fields, List<LocatedBallot> located) {
        JsonNode format = fields.get("format");
        if (format == null || !(FORMAT.equals(format.asText()) || FORMAT_V2.equals(format.asText()))) {
            throw new MalformedContest(source, 0, "'format' must be \"" + FORMAT + "\" or \"" + FORMAT_V2 + "\", found "
                    + (format == null ? "nothing" : format.toString()));
        }
        boolean v2 = FORMAT_V2.equals(format.asText());
        String contestId = text(fields, "contestId");
        String title = fields.containsKey("title") ? fields.get("title").asText() : contestId;
        JsonNode seatsNode = fields.get("seats");
        if (seatsNode == null || !seatsNode.canConvertToInt() || seatsNode.asInt() < 1) {
            throw new MalformedContest(source, 0, "'seats' must be a whole number of at least 1");
        }
        Optional<CountMethod> method = Optional.empty();
        if (fields.containsKey("method")) {
            try {
                method = Optional.of(CountMethod.fromCode(fields.get("method").asText()));
            } catch (IllegalArgumentException e) {
                throw new MalformedContest(source, 0, "'method': " + e.getMessage());
            }
        }
        JsonNode candidatesNode = fields.get("candidates");
        if (candidatesNode == null || !candidatesNode.isArray() || candidatesNode.isEmpty()) {
            throw new MalformedContest(source, 0, "'candidates' must be a non-empty array");
        }
        List<Candidate> candidates = new ArrayList<>();
        Set<String> withdrawn = new HashSet<>();
        Map<String, Integer> index = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < candidatesNode.size(); i++) {
            JsonNode c = candidatesNode.get(i);
            String where = "candidates[" + i + "]";
            if (!c.hasNonNull("id") || !c.hasNonNull("name")) {
                throw new MalformedContest(source, 0, where + " needs an 'id' and a 'name'");
            }
            String id = c.get("id").asText();
            String name = c.get("name").asText();
            if (index.put(id, i) != null) {
                throw new MalformedContest(source, 0, where + ": candidate id '" + id + "' appears twice");
            }
            if (!names.add(name)) {
                throw new MalformedContest(source, 0, where + ": candidate name '" + name + "' appears twice");
            }
            candidates.add(new Candidate(id, name, c.hasNonNull("member") ? c.get("member").asText() : null));
            if (c.path("withdrawn").asBoolean(false)) {
                withdrawn.add(id);
            }
        }
        List<Ballot> ballots = new ArrayList<>(located.size());
        List<ReceiptedBallot> receipted = new ArrayList<>();
        for (int b = 0; b < located.size(); b++) {
            ballots.add(ballot(located.get(b), b, index));
            if (v2) {
                receipted.add(receipted(located.get(b), b));
            }
        }
        Optional<String> root = Optional.empty();
        if (v2) {
            JsonNode merkleRoot = fields.getOrDefault("merkle", JSON.nullNode()).path("root");
            if (!merkleRoot.isTextual() || !HEX_64.matcher(merkleRoot.asText()).matches()) {
                throw new MalformedContest(source, 0, "'merkle.root' must be 64 hexadecimal digits (SHA-256)");
            }
            root = Optional.of(merkleRoot.asText());
        }
        Optional<String> seed = fields.containsKey("seed") && !fields.get("seed").isNull()
                ? Optional.of(fields.get("seed").asText()) : Optional.empty();
        Optional<JsonNode> result = Optional.ofNullable(fields.get("result")).filter(r -> !r.isNull());
        Contest contest = new Contest(contestId, title, seatsNode.asInt(), candidates, withdrawn, ballots);
        return new PublishedContest(contest, method, seed, result, receipted, root);
    }

    private ReceiptedBallot receipted(LocatedBallot lb, int b) {
        JsonNode node = lb.node();
        String where = "ballots[" + b + "]";
        JsonNode receipt = node.get("receipt");
        if (receipt == null || !receipt.isTextual() || !HEX_64.matcher(receipt.asText()).matches()) {
            throw new MalformedContest(source, lb.line(), where + ".receipt must be 64 lower-case hexadecimal digits (SHA-256)");
        }
        if (node.has("count")) {
            throw new MalformedContest(source, lb.line(), where + ": a ballot with a receipt stands for one paper (no 'count')");
        }
        List<String> ranking = new ArrayList<>();
        node.get("ranking").forEach(id -> ranking.add(id.asText()));
        return new ReceiptedBallot(ranking, receipt.asText());
    }

    private Ballot ballot(LocatedBallot lb, int b, Map<String, Integer> index) {
        JsonNode node = lb.node();
        String where = "ballots[" + b + "]";
        JsonNode ranking = node.get("ranking");
        if (ranking == null || !ranking.isArray()) {
            throw new MalformedContest(source, lb.line(), where + " needs a 'ranking' array of candidate ids");
        }
        long count = 1;
        if (node.has("count")) {
            if (!node.get("count").canConvertToLong() || node.get("count").asLong() < 1) {
                throw new MalformedContest(source, lb.line(), where + ".count must be a whole number of at least 1");
            }
            count = node.get("count").asLong();
        }
        int[] r = new int[ranking.size()];
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < r.length; i++) {
            String id = ranking.get(i).asText();
            Integer c = index.get(id);
            if (c == null) {
                throw new MalformedContest(source, lb.line(), where + ".ranking[" + i + "]: unknown candidate '" + id + "'");
            }
            if (!seen.add(c)) {
                throw new MalformedContest(source, lb.line(), where + ".ranking[" + i + "]: candidate '" + id + "' is ranked twice");
            }
            r[i] = c;
        }
        return new Ballot(count, r);
    }

    private String text(Map<String, JsonNode> fields, String name) {
        JsonNode n = fields.get(name);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new MalformedContest(source, 0, "missing '" + name + "' (a string)");
        }
        return n.asText();
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
