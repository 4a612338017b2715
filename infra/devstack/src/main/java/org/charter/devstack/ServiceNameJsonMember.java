package org.charter.devstack;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * {@code charter.service} in the devstack's JSON log lines: the service whose thread wrote the
 * line ({@link ServiceNameConverter} for JSON). ECS's {@code service.name} is the JVM's, {@code charter-devstack}.
 */
public class ServiceNameJsonMember implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.add("charter.service", event -> ServiceThreadGroup.serviceOf(Thread.currentThread()));
    }
}
