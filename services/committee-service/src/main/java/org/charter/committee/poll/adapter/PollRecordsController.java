package org.charter.committee.poll.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.Motions;
import org.charter.committee.motion.adapter.MotionDirectory;
import org.charter.committee.poll.Ballot;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollResult;
import org.charter.committee.vote.VoteId;
import org.charter.committee.vote.Votes;
import org.charter.platform.error.Forbidden;
import org.charter.platform.event.Actor;
import org.charter.platform.security.Role;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two reads across polls: a member's own record (what it answered, and when; how only once the
 * roll call is public) and the public index of the roll calls published (issue 16: what my member
 * has already done; roll calls after close for anyone). Both read the newest {@link #MOST} motions.
 */
@RestController
@Validated
@Tag(name = "Polls", description = "Consensus rounds and formal votes on motions; votes by delegates and alternates (DOMAIN 1.5, 3, 4, 8)")
class PollRecordsController {

    /** Motions read, newest first: a page of a member's record, not an export (the audit service replays everything). */
    static final int MOST = 200;

    private final MotionDirectory directory;
    private final Motions motions;
    private final Votes votes;

    PollRecordsController(MotionDirectory directory, Motions motions, Votes votes) {
        this.directory = directory;
        this.motions = motions;
        this.votes = votes;
    }

    @Schema(description = "A poll the member could answer: whether and when it did; its answer (and reason) only once the poll"
            + " is counted and its roll call public, null before")
    record MemberAnswer(String poll, String motion, String motionTitle, String committee, String type, int round,
                        String status, Instant opensAt, Instant closesAt, Instant closedAt, boolean answered,
                        Instant answeredAt, String answeredBy, String answer, String reason, String outcome) {
    }

    record MemberAnswers(String member, List<MemberAnswer> content) {
    }

    @Schema(description = "A counted poll whose roll call is public")
    record RollCallEntry(String poll, String motion, String motionTitle, String committee, String type, int round,
                         Instant closedAt, String outcome) {
    }

    record RollCalls(List<RollCallEntry> content) {
    }

    @GetMapping(value = "/api/v1/polls", params = "member")
    @Operation(summary = "A member's record: every poll it could answer (newest motions first, at most 200)", description = "For"
            + " each poll whose frozen electorate holds the member: whether it answered and when, by whom; its answer and"
            + " reason once the poll is counted (the roll call is public then), never while the poll is open. A delegate or"
            + " alternate reads only its own member's (403 NOT_MEMBER_DELEGATE otherwise); secretaries, admins and auditors any.")
    MemberAnswers memberAnswers(@RequestParam @Size(min = 2, max = 16, message = "must be a member id of 2-16 characters such as GU")
                                @Pattern(regexp = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*", message = "must be a member id such as GU:"
                                        + " upper-case letters and digits, starting with a letter") String member,
                                Actor actor) {
        if (Role.of(actor).orElse(null) == Role.DELEGATE && !member.equals(actor.member())) {
            throw new Forbidden("NOT_MEMBER_DELEGATE", "a delegate or alternate reads its own member's record ("
                    + actor.member() + "), not " + member + "'s");
        }
        List<MemberAnswer> answers = new ArrayList<>();
        for (Motion motion : newestMotions()) {
            for (Poll poll : motion.polls()) {
                if (poll.electorate() != null && poll.electorate().members().contains(member)) {
                    answers.add(answerOf(motion, poll, member));
                }
            }
        }
        answers.sort(Comparator.comparing(MemberAnswer::closesAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return new MemberAnswers(member, answers);
    }

    @GetMapping("/api/v1/polls/roll-calls")
    @Operation(summary = "The polls counted, whose roll calls are public: newest close first; no token needed",
            description = "Public (charter.security.public-paths). Each poll's roll call is GET /api/v1/polls/{id}/roll-call,"
                    + " also public; an open poll's is 409 ROLL_CALL_NOT_PUBLISHED.")
    RollCalls rollCalls() {
        List<RollCallEntry> entries = new ArrayList<>();
        for (Motion motion : newestMotions()) {
            for (Poll poll : motion.polls()) {
                poll.result().ifPresent(result -> entries.add(new RollCallEntry(poll.id().value(), motion.id().value(),
                        motion.currentText().title(), poll.committee(), poll.type().name(), poll.round(), poll.closedAt(),
                        result.outcomeName())));
            }
        }
        entries.sort(Comparator.comparing(RollCallEntry::closedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return new RollCalls(entries);
    }

    private List<Motion> newestMotions() {
        List<Motion> found = new ArrayList<>();
        for (MotionId id : directory.newest(MOST)) {
            motions.find(id).ifPresent(found::add);
        }
        return found;
    }

    private MemberAnswer answerOf(Motion motion, Poll poll, String member) {
        Optional<PollResult> result = poll.result();
        String title = motion.currentText().title();
        if (result.isPresent()) {
            Counted counted = counted(result.get(), member);
            return new MemberAnswer(poll.id().value(), motion.id().value(), title, poll.committee(), poll.type().name(),
                    poll.round(), poll.status().name(), poll.opensAt(), poll.closesAt(), poll.closedAt(), counted != null,
                    counted == null ? null : counted.at(), counted == null ? null : counted.by(),
                    counted == null ? null : counted.answer(), counted == null ? null : counted.reason(),
                    result.get().outcomeName());
        }
        List<Ballot> ballots = votes.find(new VoteId(poll.id(), member)).map(v -> v.ballots()).orElse(List.of());
        Ballot last = ballots.isEmpty() ? null : ballots.get(ballots.size() - 1);
        return new MemberAnswer(poll.id().value(), motion.id().value(), title, poll.committee(), poll.type().name(),
                poll.round(), poll.status().name(), poll.opensAt(), poll.closesAt(), poll.closedAt(), last != null,
                last == null ? null : last.at(), last == null ? null : last.castBy(), null, null, null);
    }

    private record Counted(String answer, String reason, Instant at, String by) {
    }

    private static Counted counted(PollResult result, String member) {
        if (result instanceof PollResult.Vote vote) {
            return vote.rollCall().stream().filter(v -> v.member().equals(member)).findFirst()
                    .map(v -> new Counted(v.choice().name(), null, v.castAt(), v.castBy())).orElse(null);
        }
        return ((PollResult.Round) result).positions().stream().filter(p -> p.member().equals(member)).findFirst()
                .map(p -> new Counted(p.position().name(), p.reason(), p.takenAt(), p.takenBy())).orElse(null);
    }
}
