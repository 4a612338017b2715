package org.charter.voting.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charter.voting.contest.BltReader;
import org.charter.voting.contest.MalformedContest;
import org.charter.voting.contest.PublishedContest;
import org.charter.voting.contest.PublishedContestReader;
import org.charter.voting.contest.ReceiptCheck;
import org.charter.voting.contest.ReportJson;
import org.charter.voting.contest.ReportText;
import org.charter.voting.contest.ResultCheck;
import org.charter.voting.ranked.Contest;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.CountReport;
import org.charter.voting.ranked.Lot;
import org.charter.voting.ranked.LotRequired;
import org.charter.voting.ranked.RankedCount;
import org.charter.voting.receipt.Receipts;

/**
 * {@code java -jar charter-verify.jar count|check ...}: counts a BLT file or a published-contest
 * JSON, or checks a published result against its own count. Exit codes: 0 ok, 1 the published
 * result differs, 2 usage or input error.
 */
public final class CharterVerify {

    public static final int OK = 0;
    public static final int DIFFERENT = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage:
              java -jar charter-verify.jar count [--method irv|stv|two-round] [--seats N] [--seed HEX] [--format text|json] FILE
              java -jar charter-verify.jar check [--seed HEX] FILE PUBLISHED.json
              java -jar charter-verify.jar receipt [--nonce HEX] PUBLISHED.json RECEIPT

            FILE is a BLT ballot file (OpenSTV/eSTV format) or a Charter published-contest JSON (*.json).
            count   counts the contest and prints the stage-by-stage report.
                    --method  irv (one seat), stv (Scottish STV) or two-round (the first ballot of a
                              two-round contest: a majority, else the two for the runoff ballot,
                              which is counted as irv); default: the file's method, else irv for
                              one seat and stv for several
                    --seats   overrides the number of seats in the file
                    --seed    the revealed seed (hex) for the seeded lot; default: the file's seed
                    --format  text (default) or json
            check   counts FILE with the method and seats of PUBLISHED.json (a count report, or a
                    published contest with a "result") and lists every difference; a published
                    contest v2 also has its Merkle root recomputed over its ballots and receipts,
                    and one with "seedSha256" has it compared with SHA-256 of the seed's bytes.
            receipt checks that the ballot with RECEIPT is in PUBLISHED.json (v2): prints its ranking
                    and the inclusion proof, verified against the published root (itself recomputed);
                    --nonce  the nonce you got when voting: also recomputes your receipt from the
                             published ranking, proving the published ballot is the one you cast
            Exit codes: 0 ok, 1 the published result differs from the count, 2 usage or input error.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintStream err;

    CharterVerify(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new CharterVerify(out, err).run(args));
    }

    int run(String[] args) {
        try {
            Options options = Options.parse(args);
            return switch (options.command()) {
                case "count" -> count(options);
                case "check" -> check(options);
                case "receipt" -> receipt(options);
                case "help" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new UsageError("unknown command '" + options.command() + "'");
            };
        } catch (UsageError e) {
            err.println("charter-verify: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (MalformedContest e) {
            err.println("charter-verify: malformed file: " + e.getMessage());
            return USAGE;
        } catch (LotRequired e) {
            err.println("charter-verify: " + e.getMessage() + " (--seed HEX)");
            return USAGE;
        } catch (NoSuchFileException e) {
            err.println("charter-verify: no such file: " + e.getFile());
            return USAGE;
        } catch (IOException e) {
            err.println("charter-verify: cannot read: " + e.getMessage());
            return USAGE;
        } catch (IllegalArgumentException e) {
            err.println("charter-verify: " + e.getMessage());
            return USAGE;
        }
    }

    private int count(Options o) throws IOException {
        if (o.files().size() != 1) {
            throw new UsageError("count takes one FILE, got " + o.files().size());
        }
        Loaded loaded = load(Path.of(o.files().get(0)));
        Contest contest = o.seats() == null ? loaded.contest() : withSeats(loaded.contest(), o.seats());
        CountMethod method = o.method() != null ? o.method()
                : loaded.method().orElse(contest.seats() == 1 ? CountMethod.IRV : CountMethod.STV);
        CountReport report = RankedCount.count(contest, method, lot(o, loaded));
        out.print("json".equals(o.format()) ? ReportJson.write(report) : ReportText.render(report));
        return OK;
    }

    private int check(Options o) throws IOException {
        if (o.files().size() != 2) {
            throw new UsageError("check takes FILE and PUBLISHED.json, got " + o.files().size() + " file(s)");
        }
        Loaded loaded = load(Path.of(o.files().get(0)));
        Path publishedFile = Path.of(o.files().get(1));
        JsonNode published = readJson(publishedFile);
        JsonNode result = published.has("stages") ? published : published.get("result");
        if (result == null || result.isNull()) {
            throw new MalformedContest(publishedFile.getFileName().toString(), 0,
                    "neither a count report (with 'stages') nor a published contest with a 'result'");
        }
        CountMethod method;
        try {
            method = CountMethod.fromCode(result.path("method").asText(""));
        } catch (IllegalArgumentException e) {
            throw new MalformedContest(publishedFile.getFileName().toString(), 0, "'method': " + e.getMessage());
        }
        int seats = result.path("seats").asInt(loaded.contest().seats());
        Optional<String> publishedSeed = published.hasNonNull("seed") ? Optional.of(published.get("seed").asText()) : Optional.empty();
        Lot lot = o.seed() != null ? Lot.seededHex(o.seed())
                : loaded.seed().or(() -> publishedSeed).map(Lot::seededHex).orElse(Lot.unseeded());
        CountReport ours = RankedCount.count(withSeats(loaded.contest(), seats), method, lot);
        List<String> differences = new ArrayList<>(seedCommitment(published,
                Optional.ofNullable(o.seed()).or(loaded::seed).or(() -> publishedSeed)));
        differences.addAll(ResultCheck.differences(ours, result));
        differences.addAll(loaded.receiptDifferences());
        if (!publishedFile.equals(Path.of(o.files().get(0))) && isJson(publishedFile)
                && published.path("format").asText("").equals(PublishedContestReader.FORMAT_V2)) {
            differences.addAll(ReceiptCheck.differences(PublishedContestReader.read(publishedFile)));
        }
        if (differences.isEmpty()) {
            out.println("OK: the published result matches the count (" + ours.stages().size() + " stages, elected "
                    + (ours.elected().isEmpty() ? "nobody" : String.join(", ", ours.elected()))
                    + (ours.runoff().isEmpty() ? "" : ", runoff between " + String.join(" and ", ours.runoff())) + ")");
            return OK;
        }
        out.println("DIFFERENT: the published result does not match the count (" + differences.size() + " difference"
                + (differences.size() == 1 ? "" : "s") + "):");
        differences.forEach(d -> out.println("  " + d));
        return DIFFERENT;
    }

    /**
     * A published contest with {@code seedSha256} committed to its seed before the ballot opened:
     * the seed the count used must hash to it (SHA-256 of the seed's bytes), or the lot could have
     * been chosen after the ballots were seen.
     */
    static List<String> seedCommitment(JsonNode published, Optional<String> seed) {
        if (!published.hasNonNull("seedSha256")) {
            return List.of();
        }
        String committed = published.get("seedSha256").asText().toLowerCase(java.util.Locale.ROOT);
        if (seed.isEmpty()) {
            return List.of("seed: the published contest commits to seedSha256 " + committed + " but reveals no seed"
                    + " (give it with --seed HEX)");
        }
        String hash;
        try {
            hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(java.util.HexFormat.of().parseHex(seed.get())));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IllegalArgumentException e) {
            return List.of("seed: '" + seed.get() + "' is not hexadecimal, so it cannot match seedSha256 " + committed);
        }
        if (hash.equals(committed)) {
            return List.of();
        }
        return List.of("seed: SHA-256 of the seed " + seed.get() + " is " + hash + ", not the published seedSha256 "
                + committed + ": the seed revealed at close is not the one committed to before the ballot opened");
    }

    private int receipt(Options o) throws IOException {
        if (o.files().size() != 2) {
            throw new UsageError("receipt takes PUBLISHED.json and RECEIPT, got " + o.files().size() + " argument(s)");
        }
        PublishedContest published = PublishedContestReader.read(Path.of(o.files().get(0)));
        String receipt = o.files().get(1).strip().toLowerCase(java.util.Locale.ROOT);
        if (!published.hasReceipts()) {
            throw new UsageError(o.files().get(0) + " is a published contest v1: it has no receipts");
        }
        List<String> problems = new ArrayList<>(ReceiptCheck.differences(published));
        Optional<Receipts.InclusionProof> proof = Receipts.proofOf(published.receipted(), receipt);
        if (proof.isEmpty()) {
            out.println("NOT INCLUDED: no ballot of " + published.contest().id() + " has receipt " + receipt);
            problems.forEach(p -> out.println("  " + p));
            return DIFFERENT;
        }
        Receipts.InclusionProof p = proof.get();
        if (!p.verifies() || !p.root().equals(published.merkleRoot().orElseThrow())) {
            problems.add("the inclusion proof does not lead to the published root " + published.merkleRoot().orElseThrow());
        }
        if (o.nonce() != null && !Receipts.receipt(published.contest().id(), p.ranking(), o.nonce().strip()).equals(receipt)) {
            problems.add("the receipt is not SHA-256 of the published ranking " + p.ranking() + " with your nonce: the"
                    + " published ballot is not the one you cast");
        }
        out.println("ballot " + (p.leafIndex() + 1) + " of " + p.treeSize() + ", ranking " + p.ranking());
        out.println("leaf hash   " + p.leafHash());
        for (int i = 0; i < p.auditPath().size(); i++) {
            out.println("audit path  " + p.auditPath().get(i));
        }
        out.println("root        " + p.root());
        if (!problems.isEmpty()) {
            out.println("DIFFERENT: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ":");
            problems.forEach(d -> out.println("  " + d));
            return DIFFERENT;
        }
        out.println("OK: receipt " + receipt + " is included in the published Merkle root"
                + (o.nonce() != null ? " and matches your nonce" : ""));
        return OK;
    }

    private record Loaded(Contest contest, Optional<CountMethod> method, Optional<String> seed,
                          List<String> receiptDifferences) {
    }

    private static Loaded load(Path file) throws IOException {
        if (isJson(file)) {
            PublishedContest p = PublishedContestReader.read(file);
            return new Loaded(p.contest(), p.method(), p.seed(), ReceiptCheck.differences(p));
        }
        return new Loaded(BltReader.read(file), Optional.empty(), Optional.empty(), List.of());
    }

    private static boolean isJson(Path file) throws IOException {
        if (!Files.exists(file)) {
            return file.getFileName().toString().toLowerCase().endsWith(".json");
        }
        if (file.getFileName().toString().toLowerCase().endsWith(".json")) {
            return true;
        }
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c;
            while ((c = reader.read()) != -1 && Character.isWhitespace(c)) {
                // skip
            }
            return c == '{';
        }
    }

    private static JsonNode readJson(Path file) throws IOException {
        try {
            return JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new MalformedContest(file.getFileName().toString(), line, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static Lot lot(Options o, Loaded loaded) {
        if (o.seed() != null) {
            return Lot.seededHex(o.seed());
        }
        return loaded.seed().map(Lot::seededHex).orElse(Lot.unseeded());
    }

    private static Contest withSeats(Contest c, int seats) {
        return new Contest(c.id(), c.title(), seats, c.candidates(), c.withdrawn(), c.ballots());
    }

    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    record Options(String command, CountMethod method, Integer seats, String seed, String format, List<String> files,
                   String nonce) {

        static Options parse(String[] args) {
            if (args.length == 0) {
                throw new UsageError("no command given");
            }
            String command = args[0];
            if (command.equals("--help") || command.equals("-h")) {
                command = "help";
            }
            CountMethod method = null;
            Integer seats = null;
            String seed = null;
            String nonce = null;
            String format = "text";
            List<String> files = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--method" -> {
                        String v = value(args, ++i, a);
                        try {
                            method = CountMethod.fromCode(v);
                        } catch (IllegalArgumentException e) {
                            throw new UsageError(e.getMessage());
                        }
                    }
                    case "--seats" -> {
                        String v = value(args, ++i, a);
                        try {
                            seats = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw new UsageError("--seats needs a whole number, got '" + v + "'");
                        }
                        if (seats < 1) {
                            throw new UsageError("--seats must be at least 1, got " + seats);
                        }
                    }
                    case "--seed" -> seed = value(args, ++i, a);
                    case "--nonce" -> nonce = value(args, ++i, a);
                    case "--format" -> {
                        format = value(args, ++i, a);
                        if (!format.equals("text") && !format.equals("json")) {
                            throw new UsageError("--format is text or json, got '" + format + "'");
                        }
                    }
                    case "--help", "-h" -> command = "help";
                    default -> {
                        if (a.startsWith("--")) {
                            throw new UsageError("unknown option " + a);
                        }
                        files.add(a);
                    }
                }
            }
            return new Options(command, method, seats, seed, format, files, nonce);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new UsageError(option + " needs a value");
            }
            return args[i];
        }
    }
}
