package org.charter.workflow.budgetapproval.adapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.workflow.budget.Budget;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.call.ServiceRefusal;

/**
 * The budget service as the process tests need it: one proposal moving along its path as the real
 * one does (a return needs comments, a submission leaves DRAFT with the next version once revised),
 * {@code Idempotency-Key} honoured (an answer or a refusal kept under its key), and a submission
 * that can be made to fail once.
 */
final class FakeBudget implements Budget {

    final List<String> acted = new ArrayList<>();
    private final Map<String, Object> answers = new LinkedHashMap<>();
    String status = "EC_REVIEW";
    int version = 1;
    ServiceRefusal refuseSubmission;

    @Override
    public Optional<Proposal> proposal(String id, CommandSource source) {
        return Optional.of(current(id));
    }

    @Override
    public synchronized Proposal submit(String id, CommandSource source) {
        return answer(source, () -> {
            if (refuseSubmission != null) {
                ServiceRefusal refusal = refuseSubmission;
                refuseSubmission = null;
                throw refusal;
            }
            step("DRAFT", "EC_REVIEW", "submission");
            return current(id);
        });
    }

    @Override
    public synchronized Proposal referToBoard(String id, String comments, CommandSource source) {
        return answer(source, () -> {
            step("EC_REVIEW", "BOARD_VOTE", "board-referral");
            return current(id);
        });
    }

    @Override
    public synchronized Proposal returnForRevision(String id, String comments, CommandSource source) {
        return answer(source, () -> {
            if (comments == null || comments.isBlank()) {
                throw new ServiceRefusal("budget", 422, "COMMENTS_REQUIRED", "comments: a return carries comments");
            }
            step("EC_REVIEW", "DRAFT", "return");
            version++; // the secretary revises it before resubmitting (the task)
            return current(id);
        });
    }

    private Proposal current(String id) {
        return new Proposal(id, "FY2027", status, version, "BUDGET_ADOPTION");
    }

    private void step(String from, String to, String what) {
        if (!status.equals(from)) {
            throw new ServiceRefusal("budget", 409, "WRONG_STEP", what + " of a proposal in " + status);
        }
        status = to;
        acted.add(what);
    }

    private Proposal answer(CommandSource source, java.util.function.Supplier<Proposal> command) {
        Object kept = answers.get(source.idempotencyKey());
        if (kept instanceof ServiceRefusal refusal) {
            throw refusal;
        }
        if (kept != null) {
            return (Proposal) kept;
        }
        try {
            Proposal answer = command.get();
            answers.put(source.idempotencyKey(), answer);
            return answer;
        } catch (ServiceRefusal refusal) {
            answers.put(source.idempotencyKey(), refusal);
            throw refusal;
        }
    }
}
