package org.charter.committee.poll.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.charter.committee.SecretariesAndAdmins;
import org.charter.committee.meeting.PollsInMeetings;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.PollTimekeeping;
import org.charter.committee.motion.SchedulingPolls;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollResult;
import org.charter.committee.vote.CastingVotes;
import org.charter.committee.vote.VoteEvent;
import org.charter.committee.vote.adapter.Turnout;
import org.charter.platform.correlation.CorrelationId;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/polls")
@Tag(name = "Polls", description = "Consensus rounds and formal votes on motions; votes by delegates and alternates (DOMAIN 1.5, 3, 4, 8)")
class PollController {

    private final SchedulingPolls scheduling;
    private final PollTimekeeping timekeeping;
    private final CastingVotes casting;
    private final Turnout turnout;
    private final PollsInMeetings inMeetings;

    PollController(SchedulingPolls scheduling, PollTimekeeping timekeeping, CastingVotes casting, Turnout turnout,
                   PollsInMeetings inMeetings) {
        this.inMeetings = inMeetings;
        this.scheduling = scheduling;
        this.timekeeping = timekeeping;
        this.casting = casting;
        this.turnout = turnout;
    }

    @PostMapping
    @SecretariesAndAdmins
    @Operation(summary = "Schedule the next poll on a motion", description = "In the order of the motion's path (409 WRONG_STEP"
            + " otherwise); closesAt after opensAt. A poll whose opensAt has come opens at once, its electorate frozen at opensAt"
            + " (409 NO_ELECTORATE when nobody may vote); a later one opens by itself at opensAt. With a meeting, the poll is"
            + " held in it: the meeting is the motion's body's (422 MEETING_OF_ANOTHER_COMMITTEE), in session (409 WRONG_STEP),"
            + " quorate (409 MEETING_NOT_QUORATE), the poll lasts 10 minutes or more (422 POLL_TOO_SHORT) inside the meeting"
            + " (422 POLL_OUTSIDE_MEETING); an unknown meeting is 422 UNKNOWN_MEETING.")
    ResponseEntity<PollView> schedule(@Valid @RequestBody PollRequests.Schedule body, CommandContext context) {
        MotionId motionId = MotionId.of(body.motion());
        Motion motion = body.meeting() == null
                ? scheduling.schedule(motionId, body.type(), body.opensAt(), body.closesAt(), context).state()
                : inMeetings.schedule(motionId, body.type(), body.opensAt(), body.closesAt(), body.meeting(), context).state();
        Poll poll = motion.polls().get(motion.polls().size() - 1);
        return ResponseEntity.created(URI.create("/api/v1/polls/" + poll.id())).body(view(poll));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A poll: status, N, the running count (cast of electorate) and, once counted, the result")
    PollView get(@PathVariable String id, CommandContext context) {
        return view(current(PollId.parse(id), context));
    }

    @PostMapping("/{id}/closure")
    @SecretariesAndAdmins
    @Operation(summary = "Close an open poll now and count it", description = "The result is computed by the voting library"
            + " and recorded with its explanation (rule, counts, quorum). Polls also close by themselves at closesAt. A poll"
            + " held in a meeting is not closed before it has run 10 minutes (409 POLL_TOO_SHORT, not kept).")
    PollView close(@PathVariable String id, CommandContext context) {
        PollId pollId = PollId.parse(id);
        return view(timekeeping.closeNow(pollId, context).poll(pollId));
    }

    @PostMapping("/{id}/votes")
    @PreAuthorize("hasRole('DELEGATE')")
    @Operation(summary = "Answer the poll for the token's member (its delegate or an alternate)", description = "A formal vote"
            + " is final (409 ALREADY_VOTED); in a consensus round a later position replaces the earlier one (201). In an"
            + " EXECUTIVE_COMMITTEE poll the token's subject votes as itself, for the member whose seat it holds (403"
            + " NOT_ELIGIBLE when it holds none, saying why).")
    ResponseEntity<VoteView> vote(@PathVariable String id, @Valid @RequestBody PollRequests.Cast body, CommandContext context) {
        PollId pollId = PollId.parse(id);
        var recorded = casting.answer(pollId, body.choice(), body.reason(), context);
        RecordedEvent event = recorded.events().get(recorded.events().size() - 1);
        return ResponseEntity.created(URI.create("/api/v1/polls/" + pollId + "/turnout"))
                .body(VoteView.of(event, recorded.state().version()));
    }

    @GetMapping("/{id}/turnout")
    @Operation(summary = "Which members have answered, never how", description = "Secretaries, admins and auditors see every"
            + " member; a delegate only its own.")
    TurnoutView turnout(@PathVariable String id, CommandContext context) {
        PollId pollId = PollId.parse(id);
        Poll poll = current(pollId, context);
        List<String> voted = turnout.voters(poll);
        Actor actor = context.actor();
        Integer n = poll.electorate() == null ? null : poll.electorate().size();
        if (Role.of(actor).orElse(null) == Role.DELEGATE) {
            String member = actor.member();
            return new TurnoutView(pollId.value(), n, voted.size(), member == null ? List.of() : List.of(member),
                    member != null && voted.contains(member) ? List.of(member) : List.of(), null);
        }
        List<String> electorate = poll.electorate() == null ? List.of() : List.copyOf(poll.electorate().members());
        return new TurnoutView(pollId.value(), n, voted.size(), electorate, voted.stream().sorted().toList(),
                electorate.stream().filter(m -> !voted.contains(m)).toList());
    }

    @GetMapping("/{id}/roll-call")
    @Operation(summary = "Each member's public answer, published once the poll is counted (DOMAIN 3.4); no token needed",
            description = "Public (charter.security.public-paths): anyone reads a counted poll's roll call; before the count"
                    + " it is 409 ROLL_CALL_NOT_PUBLISHED for everyone.")
    RollCallView rollCall(@PathVariable String id) {
        PollId pollId = PollId.parse(id);
        // no actor: anyone may ask, so the catch-up (a poll past its close is closed and counted) runs under the request's id
        Poll poll = timekeeping.catchUp(MotionId.of(pollId.motionId()),
                CorrelationId.current().orElseGet(org.charter.conventions.CorrelationIds::create)).poll(pollId);
        PollResult result = poll.result().orElseThrow(() -> new Conflict("ROLL_CALL_NOT_PUBLISHED", "poll " + pollId + " is "
                + poll.status() + "; its roll call is published once it is closed and counted"));
        List<String> electorate = List.copyOf(poll.electorate().members());
        if (result instanceof PollResult.Vote vote) {
            List<String> voted = vote.rollCall().stream().map(PollResult.RollCallVote::member).toList();
            return new RollCallView(pollId.value(), poll.type().name(), vote.outcomeName(), vote.rollCall(),
                    electorate.stream().filter(m -> !voted.contains(m)).toList());
        }
        PollResult.Round round = (PollResult.Round) result;
        List<String> answered = round.positions().stream().map(PollResult.RollCallPosition::member).toList();
        return new RollCallView(pollId.value(), poll.type().name(), round.outcomeName(), round.positions(),
                electorate.stream().filter(m -> !answered.contains(m)).toList());
    }

    private Poll current(PollId pollId, CommandContext context) {
        return timekeeping.catchUp(MotionId.of(pollId.motionId()), context.correlationId()).poll(pollId);
    }

    private PollView view(Poll poll) {
        return PollView.of(poll, turnout.voters(poll).size());
    }

    /** {@code voted}: members that answered; {@code notYet}: the rest of the electorate (for secretaries and auditors). */
    record TurnoutView(String poll, Integer electorate, int cast, List<String> members, List<String> voted,
                       List<String> notYet) {
    }

    /** {@code answers}: each member's counted answer; {@code absent}: members of the electorate without one. */
    record RollCallView(String poll, String type, String outcome, List<?> answers, List<String> absent) {
    }

    /** The answer as recorded; {@code sequence} is its place in the member's vote stream (2 and up: a replaced position). */
    record VoteView(String poll, String member, String choice, String reason, Instant at, String by, long sequence) {
        static VoteView of(RecordedEvent event, long sequence) {
            if (event.data() instanceof VoteEvent.VoteCast cast) {
                return new VoteView(cast.pollId(), cast.memberId(), cast.choice().name(), null, cast.castAt(), cast.castBy(),
                        sequence);
            }
            if (event.data() instanceof VoteEvent.PositionStated stated) {
                return new VoteView(stated.pollId(), stated.memberId(), stated.position().name(), stated.reason(),
                        stated.statedAt(), stated.statedBy(), sequence);
            }
            throw new NotFound("VOTE_NOT_FOUND", "no vote in " + event.type());
        }
    }
}
