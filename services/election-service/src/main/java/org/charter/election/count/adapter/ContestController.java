package org.charter.election.count.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.charter.election.SecretariesAndAdmins;
import org.charter.election.ballot.CastingBallots;
import org.charter.election.ballot.Turnout;
import org.charter.election.count.CountingContests;
import org.charter.election.election.ContestStatus;
import org.charter.election.election.Election;
import org.charter.election.election.ElectionEvent.PublishedBallot;
import org.charter.election.election.ElectionId;
import org.charter.election.election.Elections;
import org.charter.election.election.Slating;
import org.charter.election.election.Timekeeping;
import org.charter.election.election.adapter.ElectionDirectory;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.InvalidRequest;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.CommandContext;
import org.charter.voting.receipt.Receipts;
import org.charter.voting.receipt.Receipts.ReceiptedBallot;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contests")
@Tag(name = "Contests", description = "Secret ranked ballots, closing, the published count, receipts and turnout (DOMAIN 5.3-5.5)")
class ContestController {

    private final Elections elections;
    private final ElectionDirectory directory;
    private final Timekeeping timekeeping;
    private final CastingBallots casting;
    private final CountingContests counting;
    private final Turnout turnout;
    private final Slating slating;
    private final Clock clock;
    private final ObjectMapper json;

    ContestController(Elections elections, ElectionDirectory directory, Timekeeping timekeeping, CastingBallots casting,
                      CountingContests counting, Turnout turnout, Slating slating, Clock clock, ObjectMapper json) {
        this.elections = elections;
        this.directory = directory;
        this.timekeeping = timekeeping;
        this.casting = casting;
        this.counting = counting;
        this.turnout = turnout;
        this.slating = slating;
        this.clock = clock;
        this.json = json;
    }

    @Schema(description = "A strict ranking of candidate ids, most preferred first (partial allowed; empty = abstention)")
    record BallotRequest(@NotNull @Size(max = 64) List<String> ranking) {
    }

    @Schema(description = "Given only to the voter: the receipt and the nonce it was made with")
    record ReceiptView(String receipt, String nonce) {
    }

    record ContestList(List<ContestView> content) {
    }

    record TurnoutView(String contestId, int electorate, List<String> voted, List<String> notYet) {
    }

    @GetMapping
    @Operation(summary = "List contests, optionally by status (NOMINATING, REOPENED, ACCLAIMED, VACANT, SLATED, OPEN, CLOSED, COUNTED)")
    ContestList list(@RequestParam(required = false) ContestStatus status) {
        List<ContestView> content = new ArrayList<>();
        for (String id : directory.contests(status)) {
            elections.find(ElectionId.ofContest(id)).ifPresent(e -> content.add(ContestView.of(e.contestView(id))));
        }
        return new ContestList(content);
    }

    @Schema(description = "A certified result, public: the position, seats and method, the close and the certification, the"
            + " electorate and the ballots cast (turnout), the elected (names), the Merkle root; corrected: the last correction")
    record CertifiedResult(String id, String election, String position, int seats, String method, Instant closedAt,
                           Instant certifiedAt, Integer electorate, int ballots, List<String> elected, String merkleRoot,
                           List<ContestView.StruckView> struck, ContestView.CorrectionView corrected) {
    }

    record CertifiedResults(List<CertifiedResult> content) {
    }

    @GetMapping("/certified")
    @Operation(summary = "The certified results, newest certification first; public, no token needed", description = "Public"
            + " (charter.security.public-paths): a contest appears once certified (POST /certification), never before; its"
            + " ballots, slate and turnout per member stay behind a token (GET /{id}, /{id}/published, /{id}/turnout).")
    CertifiedResults certified() {
        List<CertifiedResult> content = new ArrayList<>();
        for (String id : directory.contests(null)) {
            elections.find(ElectionId.ofContest(id)).map(e -> ContestView.of(e.contestView(id)))
                    .filter(c -> c.certifiedAt() != null)
                    .ifPresent(c -> content.add(new CertifiedResult(c.id(), c.election(), c.position(), c.seats(), c.method(),
                            c.closedAt(), c.certifiedAt(), c.electorate(), turnout.voted(c.id()).size(), c.elected(),
                            c.merkleRoot(), c.struck(), c.corrected())));
        }
        content.sort(java.util.Comparator.comparing(CertifiedResult::certifiedAt).reversed());
        return new CertifiedResults(content);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A contest: slate, seed hash, window, electorate size; once counted, the elected and the Merkle root")
    ContestView get(@PathVariable String id) {
        return ContestView.of(current(id).contestView(id));
    }

    @PostMapping("/{id}/ballots")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(summary = "Cast the token's member's secret ballot (its delegate or an alternate)", description = "Needs an"
            + " Idempotency-Key of at least 16 characters (a UUID): the answer is sealed under it and a retry with it gets"
            + " the same receipt (400 IDEMPOTENCY_KEY_REQUIRED / IDEMPOTENCY_KEY_INVALID). 201 {receipt, nonce}, nothing else."
            + " 409 ALREADY_VOTED, POLL_NOT_OPEN, POLL_CLOSED; 403 NOT_MEMBER_DELEGATE, NOT_ELIGIBLE,"
            + " MEMBER_NOT_IN_GOOD_STANDING; 422 INVALID_RANKING naming the entry (duplicate, gap, unknown or withdrawn).")
    ResponseEntity<ReceiptView> cast(@PathVariable String id, @Valid @RequestBody BallotRequest body,
                                     @RequestAttribute(name = "org.charter.election.ballot.adapter.BallotKeyFilter.key",
                                             required = false) String key,
                                     CommandContext context) {
        CastingBallots.Receipt receipt = casting.cast(id, body.ranking(), key, context);
        var answer = ResponseEntity.created(URI.create("/api/v1/contests/" + id + "/receipts/" + receipt.receipt()));
        if (receipt.repeated()) {
            answer.header("Idempotency-Replayed", "true");
        }
        return answer.body(new ReceiptView(receipt.receipt(), receipt.nonce()));
    }

    @PostMapping("/{id}/slate")
    @SecretariesAndAdmins
    @Operation(summary = "Slate a reopened contest on its own", description = "Once its reopened nominations have closed"
            + " (DOMAIN 5.2, ADR 0042): candidates = seats are acclaimed (ContestAcclaimed), more go on the ballot with the"
            + " SHA-256 of their seed (ContestSlated), fewer leave the rest vacant (ContestLeftVacant; a special election"
            + " fills it, DOMAIN 5.7). 409 NOT_REOPENED (never reopened: its slate is the election's), ALREADY_SLATED (its"
            + " slate after the reopening was decided), NOMINATIONS_OPEN (before the reopening ends; momentary, with"
            + " Retry-After); 404 CONTEST_NOT_FOUND.")
    ContestView slate(@PathVariable String id, CommandContext context) {
        return ContestView.of(slating.slateContest(id, context).state().contestView(id));
    }

    @PostMapping("/{id}/closure")
    @SecretariesAndAdmins
    @Operation(summary = "Close the ballot now and count it", description = "Counted by the voting library (IRV for one seat,"
            + " Scottish STV for several) and published once with every ballot and receipt and the Merkle root. Contests also"
            + " close by themselves at closesAt. 409 POLL_CLOSED if closed already.")
    ContestView close(@PathVariable String id, CommandContext context) {
        ElectionId election = ElectionId.ofContest(id);
        timekeeping.catchUp(election);
        elections.change(election, context, e -> e.close(id, clock.instant()));
        return ContestView.of(counting.count(id, context).state().contestView(id));
    }

    @PostMapping("/{id}/certification")
    @SecretariesAndAdmins
    @Operation(summary = "Certify a counted contest", description = "After the quorum check (turnout at least a majority of"
            + " the frozen electorate) and a re-tally of the stored ballots that must match the publication (Merkle root and"
            + " count); then immutable, and its elected are seated at term start (a special election's at once). A failed"
            + " check is recorded (CertificationRefused) and refused: 409 NO_QUORUM, RETALLY_MISMATCH; 409 ALREADY_CERTIFIED,"
            + " WRONG_STEP (not counted yet, or a two-round first ballot that went to its runoff),"
            + " CERTIFICATION_DEADLINE_PASSED (5 days after the close). A candidate no longer eligible is struck and the"
            + " stored ballots recounted without them (ContestRecounted); that result is certified (struck lists them).")
    ContestView certify(@PathVariable String id, CommandContext context) {
        timekeeping.catchUp(ElectionId.ofContest(id));
        return ContestView.of(counting.certify(id, context).state().contestView(id));
    }

    @Schema(description = "Why a certified result is corrected (required)")
    record CorrectionRequest(@Size(max = 2000) String reason) {
    }

    @PostMapping("/{id}/correction")
    @SecretariesAndAdmins
    @Operation(summary = "Correct a certified result, citing a failed re-tally", description = "The ballot box as stored now"
            + " is counted again; when it no longer gives the certified Merkle root or result, a ResultCorrected event"
            + " re-publishes the contest from it with the reason (history is never edited). 409 RETALLY_MATCHES when the"
            + " re-tally agrees (nothing to correct), WRONG_STEP when not certified; 422 REASON_REQUIRED.")
    ContestView correct(@PathVariable String id, @Valid @RequestBody CorrectionRequest body, CommandContext context) {
        timekeeping.catchUp(ElectionId.ofContest(id));
        return ContestView.of(counting.correct(id, body.reason(), context).state().contestView(id));
    }

    @GetMapping("/{id}/turnout")
    @Operation(summary = "Which members have voted (never how), sorted by member id")
    TurnoutView turnout(@PathVariable String id) {
        Election.ContestView contest = current(id).contestView(id);
        List<String> voted = turnout.voted(id);
        List<String> notYet = contest.electorate().stream().filter(m -> !voted.contains(m)).sorted().toList();
        return new TurnoutView(id, contest.electorate().size(), voted, notYet);
    }

    @GetMapping("/{id}/receipts/{receipt}")
    @Operation(summary = "The inclusion proof of a receipt in the published Merkle root (RFC 6962)", description = "After the"
            + " count (409 NOT_PUBLISHED before); 404 RECEIPT_NOT_FOUND for a receipt not among the published ballots.")
    Receipts.InclusionProof receipt(@PathVariable String id, @PathVariable String receipt) {
        if (!receipt.matches("[0-9a-f]{64}")) {
            throw new InvalidRequest("INVALID_RECEIPT", "a receipt is 64 lower-case hexadecimal digits (SHA-256)");
        }
        List<ReceiptedBallot> ballots = counted(id).counted().ballots().stream()
                .map((PublishedBallot b) -> new ReceiptedBallot(b.ranking(), b.receipt())).toList();
        return Receipts.proofOf(ballots, receipt).orElseThrow(() -> new NotFound("RECEIPT_NOT_FOUND", "no ballot of " + id
                + " has receipt " + receipt));
    }

    @GetMapping(value = "/{id}/published")
    @Operation(summary = "The published contest (charter.published-contest/2): every anonymised ballot with its receipt, the"
            + " seed, the Merkle root and the result; `charter-verify check FILE FILE` recounts it")
    ObjectNode published(@PathVariable String id) {
        return PublishedContests.of(counted(id), json);
    }

    private Election.ContestView counted(String id) {
        Election.ContestView contest = current(id).contestView(id);
        if (contest.counted() == null) {
            throw new Conflict("NOT_PUBLISHED", "contest " + id + " is " + contest.status() + ": its ballots are published"
                    + " when it is counted, after the close");
        }
        return contest;
    }

    private Election current(String contestId) {
        return timekeeping.catchUp(ElectionId.ofContest(contestId));
    }
}
