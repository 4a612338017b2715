package org.charter.workflow;

import org.charter.platform.service.CharterService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The workflow service: the governing procedures as executable BPMN on an embedded Camunda 7
 * engine (its REST API at {@code /engine-rest}, Cockpit and Tasklist at {@code /camunda/app/}),
 * commanding the other services through their APIs and following them through their events.
 */
@CharterService("workflow")
@SpringBootApplication
public class WorkflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(WorkflowApplication.class, args);
    }
}
