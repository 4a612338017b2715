package org.charter.workflow.process.adapter;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What every process's typed variables share: the initiator and the conversation every process
 * starts with ({@link ProcessContexts}), its periods (ISO-8601 strings, as timers read
 * {@code ${noticePeriod}} and Cockpit shows them), instants (as {@link Date}s, which timers read),
 * counters and texts handed in at a task. Each process's own class names its variables.
 */
public abstract class ProcessVariables {

    protected final VariableScope scope;

    protected ProcessVariables(VariableScope scope) {
        this.scope = scope;
    }

    /** The variables of a start's periods: each period's ISO-8601 text under the process's variable for it. */
    protected static void putPeriods(Map<String, Object> variables, Map<String, Duration> periods,
                                     Map<String, String> periodVariables) {
        periods.forEach((name, value) -> variables.put(periodVariables.get(name), value.toString()));
    }

    public String initiator() {
        return ProcessContexts.initiator(scope);
    }

    public String correlationId() {
        return (String) scope.getVariable(ProcessContexts.CORRELATION_ID);
    }

    /** A period by the name a start request uses. */
    protected Duration period(Map<String, String> periodVariables, String name) {
        return Duration.parse((String) scope.getVariable(periodVariables.get(name)));
    }

    /** The periods as the start set them, in the documented order (what the first milestone shows). */
    protected Map<String, String> periodTexts(List<String> names, Map<String, String> periodVariables) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : names) {
            texts.put(name, (String) scope.getVariable(periodVariables.get(name)));
        }
        return texts;
    }

    /** A text handed in at a task (or set by a message), null when absent. */
    public String text(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    protected Instant instant(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : ((Date) value).toInstant();
    }

    protected void instant(String name, Instant value) {
        scope.setVariable(name, value == null ? null : Date.from(value));
    }

    protected int integer(String name) {
        return (Integer) scope.getVariable(name);
    }

    /** Adds one to a counter; its new value. */
    protected int increment(String name) {
        int next = integer(name) + 1;
        scope.setVariable(name, next);
        return next;
    }

    protected boolean flag(String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    /** What was handed in at a task is used once: the next task starts empty. */
    protected void forget(List<String> handedIn) {
        handedIn.forEach(scope::removeVariable);
    }
}
