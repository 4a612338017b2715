package org.charter.workflow.process.adapter;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the process API answers. */
final class ProcessViews {

    private ProcessViews() {
    }

    /** A line of the listing. */
    record ProcessSummary(String processInstanceId, String process, int version, String key, String state,
                          String startedBy, Instant startedAt, Instant endedAt) {
    }

    /**
     * One process as a secretary or auditor follows it: its business key (the motion or the budget
     * proposal), where it waits, the tasks open for people, its progress (round, vote, current
     * poll, outcome, as its process lists them) and any incident an operator must resolve.
     */
    record ProcessView(String processInstanceId, String process, int version, String key, String state,
                       String startedBy, Instant startedAt, Instant endedAt, List<String> waitingAt, List<TaskView> tasks,
                       Map<String, Object> progress, List<IncidentView> incidents) {
    }

    record TaskView(String id, String name, String assignee, List<String> candidateGroups, Instant created) {
    }

    record IncidentView(String activityId, String type, String message) {
    }

    record MilestoneView(long sequence, String type, Instant time, String actor, Object data) {
    }

    /** The periods a start may override, at their defaults, by name in the documented order. */
    record StartPeriods(String process, Map<String, String> periods) {
    }
}
