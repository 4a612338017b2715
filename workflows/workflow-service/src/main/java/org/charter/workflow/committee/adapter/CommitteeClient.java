package org.charter.workflow.committee.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.call.adapter.GuardedCalls;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.policyapproval.Revision;

/** The committee service's REST API (DESIGN.md §10.1), through the guarded calls every service gets. */
final class CommitteeClient implements Committee {

    private final GuardedCalls calls;

    CommitteeClient(GuardedCalls calls) {
        this.calls = calls;
    }

    @Override
    public OpenedPoll openPoll(PollRequest request, CommandSource source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("motion", request.motionId());
        body.put("type", request.type().name());
        body.put("opensAt", request.opensAt().toString());
        body.put("closesAt", request.closesAt().toString());
        JsonNode poll = call("POST", "/api/v1/polls", body, source);
        return new OpenedPoll(poll.path("id").asText(), poll.path("status").asText(null));
    }

    @Override
    public int revise(String motionId, Revision revision, CommandSource source) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (revision.title() != null && !revision.title().isBlank()) {
            body.put("title", revision.title());
        }
        body.put("text", revision.text());
        if (revision.note() != null && !revision.note().isBlank()) {
            body.put("note", revision.note());
        }
        return call("POST", "/api/v1/motions/" + motionId + "/revisions", body, source).path("textVersion").asInt();
    }

    @Override
    public List<String> notYetAnswered(String pollId, CommandSource source) {
        List<String> notYet = new ArrayList<>();
        call("GET", "/api/v1/polls/" + pollId + "/turnout", null, source).path("notYet").forEach(m -> notYet.add(m.asText()));
        return notYet;
    }

    @Override
    public Optional<MotionStanding> motion(String motionId, CommandSource source) {
        JsonNode motion;
        try {
            motion = call("GET", "/api/v1/motions/" + URLEncoder.encode(motionId, StandardCharsets.UTF_8), null, source);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 404) {
                return Optional.empty();
            }
            throw refusal;
        }
        return Optional.of(new MotionStanding(motion.path("id").asText(motionId), motion.path("kind").asText(null),
                motion.path("status").asText(null), motion.path("nextStep").asText(null), motion.path("polls").size()));
    }

    @Override
    public String proposeMotion(MotionProposal proposal, CommandSource source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", proposal.title());
        body.put("text", proposal.text());
        body.put("kind", proposal.kind());
        body.put("committee", proposal.committee());
        body.put("subject", proposal.subject());
        return call("POST", "/api/v1/motions", body, source).path("id").asText();
    }

    private JsonNode call(String method, String path, Object body, CommandSource source) {
        return calls.call(method, path, body, source);
    }
}
