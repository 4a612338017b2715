package org.charter.workflow.process.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.CommandContext;
import org.charter.workflow.process.ProcessStart;
import org.charter.workflow.process.StartableProcess;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Starts any process by its key, as the secretary who asks (recorded as the process's initiator):
 * reads and validates the body as the process's request, refuses a second running instance for
 * the same business key, lets the process check its start with the other services, then starts it;
 * from the running check to the engine's start one start at a time per key ({@link StartLocks}).
 */
@Component
class StartingProcesses {

    private final Map<String, StartableProcess<?>> processes = new TreeMap<>();
    private final RuntimeService runtime;
    private final IdentityService identities;
    private final ObjectMapper json;
    private final Validator validator;
    private final StartLocks locks = new StartLocks();

    StartingProcesses(List<StartableProcess<?>> processes, RuntimeService runtime, IdentityService identities,
                      ObjectMapper json, Validator validator) {
        processes.forEach(process -> this.processes.put(process.key(), process));
        this.runtime = runtime;
        this.identities = identities;
        this.json = json;
        this.validator = validator;
    }

    Map<String, Object> start(String key, JsonNode body, HttpInputMessage input, CommandContext context) {
        return start(startable(key), body, input, context);
    }

    StartableProcess<?> startable(String key) {
        StartableProcess<?> process = processes.get(key);
        if (process == null) {
            throw new NotFound("PROCESS_UNKNOWN", "no process " + key + " can be started here; the processes are "
                    + String.join(", ", processes.keySet()));
        }
        return process;
    }

    List<StartableProcess<?>> all() {
        return List.copyOf(processes.values());
    }

    private <R> Map<String, Object> start(StartableProcess<R> process, JsonNode body, HttpInputMessage input,
                                          CommandContext context) {
        R request = read(process.requestType(), body, input);
        String businessKey = process.businessKey(request);
        return locks.underLock(process.key(), businessKey, () -> startUnlessRunning(process, request, businessKey, context));
    }

    private <R> Map<String, Object> startUnlessRunning(StartableProcess<R> process, R request, String businessKey,
                                                       CommandContext context) {
        var running = runtime.createProcessInstanceQuery().processDefinitionKey(process.key())
                .processInstanceBusinessKey(businessKey).list();
        if (!running.isEmpty()) {
            String id = running.get(0).getProcessInstanceId();
            throw new Conflict("PROCESS_ALREADY_RUNNING", businessKey + " already has a " + process.key() + " process"
                    + " running (process " + id + "); follow it with GET /api/v1/processes/" + id
                    + " (or list them with GET /api/v1/processes?process=" + process.key() + "&key=" + businessKey + ")");
        }
        ProcessStart start = process.prepare(request, context);
        identities.setAuthenticatedUserId(context.actor().subject());
        try {
            var instance = runtime.createProcessInstanceByKey(process.key()).businessKey(start.businessKey())
                    .setVariables(start.variables())
                    .executeWithVariablesInReturn();
            Map<String, Object> started = new LinkedHashMap<>();
            started.put("processInstanceId", instance.getProcessInstanceId());
            started.put("process", process.key());
            started.put("version", Integer.parseInt(instance.getProcessDefinitionId().split(":")[1]));
            started.putAll(start.shown());
            return started;
        } finally {
            identities.clearAuthentication();
        }
    }

    /** The body as the process's request: unreadable as the platform answers any body, invalid as any {@code @Valid} one. */
    private <R> R read(Class<R> type, JsonNode body, HttpInputMessage input) {
        R request;
        try {
            request = json.treeToValue(body == null ? json.createObjectNode() : body, type);
        } catch (JsonProcessingException unreadable) {
            throw new HttpMessageNotReadableException(unreadable.getOriginalMessage(), unreadable, input);
        }
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
