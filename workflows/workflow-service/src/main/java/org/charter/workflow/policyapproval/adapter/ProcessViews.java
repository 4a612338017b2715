package org.charter.workflow.policyapproval.adapter;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the process API answers. */
final class ProcessViews {

    private ProcessViews() {
    }

    record Started(String processInstanceId, String process, int version, String motion, Map<String, String> periods) {
    }

    /**
     * One process as a secretary or auditor follows it: where it waits, the tasks open for people,
     * its progress (round, vote, current poll, outcome) and any incident an operator must resolve.
     */
    record ProcessView(String processInstanceId, String process, int version, String motion, String state,
                       String startedBy, Instant startedAt, Instant endedAt, List<String> waitingAt, List<TaskView> tasks,
                       Map<String, Object> progress, List<IncidentView> incidents) {
    }

    record TaskView(String id, String name, String assignee, List<String> candidateGroups, Instant created) {
    }

    record IncidentView(String activityId, String type, String message) {
    }

    record MilestoneView(long sequence, String type, Instant time, String actor, Object data) {
    }
}
