package org.charter.workflow.budget.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.charter.workflow.budget.Budget;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.call.adapter.GuardedCalls;

/**
 * The budget service's REST API (docs/api/budget.md) through the guarded calls every service gets.
 * A proposal's collection follows from its id: {@code -B} budgets, {@code -F} fee schedules,
 * {@code -A} amendments.
 */
final class BudgetClient implements Budget {

    private final GuardedCalls calls;

    BudgetClient(GuardedCalls calls) {
        this.calls = calls;
    }

    @Override
    public Optional<Proposal> proposal(String id, CommandSource source) {
        try {
            return Optional.of(proposalOf(calls.call("GET", collection(id) + "/" + id, null, source)));
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 404 || refusal.status() == 400) {
                return Optional.empty();
            }
            throw refusal;
        }
    }

    @Override
    public Proposal submit(String id, CommandSource source) {
        return proposalOf(calls.call("POST", collection(id) + "/" + id + "/submission", Map.of(), source));
    }

    @Override
    public Proposal referToBoard(String id, String comments, CommandSource source) {
        return proposalOf(calls.call("POST", collection(id) + "/" + id + "/board-referral", comments(comments), source));
    }

    @Override
    public Proposal returnForRevision(String id, String comments, CommandSource source) {
        return proposalOf(calls.call("POST", collection(id) + "/" + id + "/return", comments(comments), source));
    }

    private static Map<String, Object> comments(String comments) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (comments != null && !comments.isBlank()) {
            body.put("comments", comments);
        }
        return body;
    }

    static String collection(String id) {
        if (id.matches("FY\\d{4}-F\\d+")) {
            return "/api/v1/fee-schedules";
        }
        if (id.matches("FY\\d{4}-A\\d+")) {
            return "/api/v1/amendments";
        }
        return "/api/v1/budgets";
    }

    private static Proposal proposalOf(JsonNode proposal) {
        return new Proposal(proposal.path("id").asText(), proposal.path("fiscalYear").asText(null),
                proposal.path("status").asText(null), proposal.path("version").asInt(1), proposal.path("motionKind").asText(null));
    }
}
