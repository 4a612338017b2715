package org.charter.workflow.election.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.call.adapter.GuardedCalls;
import org.charter.workflow.election.Election;

/** The election service's REST API (docs/api/election.md) through the guarded calls every service gets. */
final class ElectionClient implements Election {

    private final GuardedCalls calls;

    ElectionClient(GuardedCalls calls) {
        this.calls = calls;
    }

    @Override
    public CalledElection call(ElectionCall call, CommandSource source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", call.fiscalYear());
        if (call.suffix() != null) {
            body.put("suffix", call.suffix());
        }
        body.put("ballotOpensAt", call.ballotOpensAt().toString());
        Map<String, String> periods = new LinkedHashMap<>();
        call.periods().forEach((name, value) -> periods.put(name, value.toString()));
        body.put("periods", periods);
        if (!call.contests().isEmpty()) {
            body.put("contests", call.contests().stream().map(c -> Map.of("position", c.position(), "seats", c.seats()))
                    .toList());
        }
        if (!call.continuingHolders().isEmpty()) {
            body.put("continuingHolders", call.continuingHolders());
        }
        return called(calls.call("POST", "/api/v1/elections", body, source));
    }

    @Override
    public Optional<ElectionStanding> find(String electionId, CommandSource source) {
        JsonNode election;
        try {
            election = calls.call("GET", "/api/v1/elections/" + encode(electionId), null, source);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 404) {
                return Optional.empty();
            }
            throw refusal;
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        election.path("contests").forEach(c -> statuses.put(c.path("id").asText(), c.path("status").asText()));
        return Optional.of(new ElectionStanding(called(election), statuses));
    }

    private static CalledElection called(JsonNode election) {
        JsonNode calendar = election.path("calendar");
        List<String> contests = new ArrayList<>();
        election.path("contests").forEach(c -> contests.add(c.path("id").asText()));
        return new CalledElection(election.path("id").asText(), instant(election.path("termStartsAt")),
                instant(calendar.path("slateAt")), instant(calendar.path("ballotOpensAt")),
                instant(calendar.path("ballotClosesAt")), contests);
    }

    @Override
    public void slate(String electionId, CommandSource source) {
        calls.call("POST", "/api/v1/elections/" + encode(electionId) + "/slate", Map.of(), source);
    }

    @Override
    public void slateContest(String contestId, CommandSource source) {
        calls.call("POST", "/api/v1/contests/" + encode(contestId) + "/slate", Map.of(), source);
    }

    @Override
    public void close(String contestId, CommandSource source) {
        calls.call("POST", "/api/v1/contests/" + encode(contestId) + "/closure", Map.of(), source);
    }

    @Override
    public CertifiedContest certify(String contestId, CommandSource source) {
        JsonNode contest = calls.call("POST", "/api/v1/contests/" + encode(contestId) + "/certification", Map.of(), source);
        return new CertifiedContest(contest.path("id").asText(contestId), contest.path("elected").size());
    }

    private static Instant instant(JsonNode text) {
        return text.isMissingNode() || text.isNull() ? null : Instant.parse(text.asText());
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
