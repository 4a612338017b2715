package org.charter.workflow.process;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A start a process has checked: the business key, the variables it starts with, and what the
 * start's answer shows besides the instance (e.g. the motion and the periods).
 */
public record ProcessStart(String businessKey, Map<String, Object> variables, Map<String, Object> shown) {

    public ProcessStart {
        variables = new LinkedHashMap<>(variables);
        shown = new LinkedHashMap<>(shown);
    }
}
