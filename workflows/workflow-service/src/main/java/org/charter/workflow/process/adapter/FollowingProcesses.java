package org.charter.workflow.process.adapter;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.charter.platform.error.InvalidRequest;
import org.charter.platform.error.NotFound;
import org.charter.workflow.process.StartableProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads a process for people: from the history, so a finished process reads as well as a running
 * one. The view takes several reads; a process that ends, or a task completed, between two of them
 * is read again rather than answered with an error.
 */
@Component
class FollowingProcesses {

    private static final int READS = 3;
    private static final Set<String> STATES = Set.of("ACTIVE", "SUSPENDED", "COMPLETED", "EXTERNALLY_TERMINATED",
            "INTERNALLY_TERMINATED");

    /** What every process shows as its progress: the variables each lists, together. */
    private final Set<String> progress;

    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;

    @Autowired
    FollowingProcesses(HistoryService history, RuntimeService runtime, TaskService tasks, RepositoryService repository,
                       List<StartableProcess<?>> processes) {
        this(history, runtime, tasks, repository, progressOf(processes));
    }

    FollowingProcesses(HistoryService history, RuntimeService runtime, TaskService tasks, RepositoryService repository,
                       Set<String> progress) {
        this.progress = Set.copyOf(progress);
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
    }

    private static Set<String> progressOf(List<StartableProcess<?>> processes) {
        Set<String> names = new HashSet<>();
        processes.forEach(process -> names.addAll(process.progressVariables()));
        return names;
    }

    /** Newest first, at most {@code size} (1 to 100). */
    List<ProcessViews.ProcessSummary> list(String process, String key, String state, int size) {
        if (size < 1 || size > 100) {
            throw new InvalidRequest("INVALID_PARAMETER", "size: from 1 to 100, was " + size);
        }
        var query = history.createHistoricProcessInstanceQuery();
        if (process != null && !process.isBlank()) {
            query.processDefinitionKey(process);
        }
        if (key != null && !key.isBlank()) {
            query.processInstanceBusinessKey(key);
        }
        if (state != null && !state.isBlank()) {
            if (!STATES.contains(state)) {
                throw new InvalidRequest("INVALID_PARAMETER", "state: one of " + String.join(", ", STATES.stream().sorted()
                        .toList()) + ", was " + state);
            }
            if ("ACTIVE".equals(state)) {
                query.active();
            } else if ("SUSPENDED".equals(state)) {
                query.suspended();
            } else if ("COMPLETED".equals(state)) {
                query.completed();
            } else if ("EXTERNALLY_TERMINATED".equals(state)) {
                query.externallyTerminated();
            } else {
                query.internallyTerminated();
            }
        }
        return query.orderByProcessInstanceStartTime().desc().listPage(0, size).stream()
                .map(instance -> new ProcessViews.ProcessSummary(instance.getId(), instance.getProcessDefinitionKey(),
                        instance.getProcessDefinitionVersion(), instance.getBusinessKey(), instance.getState(),
                        instance.getStartUserId(), instance.getStartTime().toInstant(),
                        instance.getEndTime() == null ? null : instance.getEndTime().toInstant()))
                .toList();
    }

    ProcessViews.ProcessView view(String id) {
        for (int read = 1; ; read++) {
            try {
                return readOnce(id);
            } catch (NullValueException gone) {
                // the engine no longer finds the execution or task an earlier read saw: it moved on
                if (read == READS) {
                    throw gone;
                }
            }
        }
    }

    private ProcessViews.ProcessView readOnce(String id) {
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
        if (instance == null) {
            throw new NotFound("PROCESS_NOT_FOUND", "no process with instance id " + id);
        }
        List<String> waitingAt = List.of();
        if (instance.getEndTime() == null) {
            try {
                waitingAt = runtime.getActiveActivityIds(id);
            } catch (ProcessEngineException ended) {
                // it ended between the two reads (its executions are gone): show it as history has it now
                instance = history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
            }
        }
        var open = tasks.createTaskQuery().processInstanceId(id).list().stream()
                .map(t -> new ProcessViews.TaskView(t.getId(), t.getName(), t.getAssignee(),
                        tasks.getIdentityLinksForTask(t.getId()).stream()
                                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                                .map(l -> l.getGroupId()).toList(),
                        t.getCreateTime().toInstant()))
                .toList();
        Map<String, Object> shown = new LinkedHashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(id).list()) {
            if (progress.contains(variable.getName()) && variable.getValue() != null) {
                shown.put(variable.getName(), variable.getValue());
            }
        }
        var incidents = runtime.createIncidentQuery().processInstanceId(id).list().stream()
                .map(i -> new ProcessViews.IncidentView(i.getActivityId(), i.getIncidentType(), i.getIncidentMessage())).toList();
        var definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
        return new ProcessViews.ProcessView(id, definition.getKey(), definition.getVersion(), instance.getBusinessKey(),
                instance.getState(), instance.getStartUserId(), instance.getStartTime().toInstant(),
                instance.getEndTime() == null ? null : instance.getEndTime().toInstant(), waitingAt, open, shown, incidents);
    }
}
