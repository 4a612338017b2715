package org.charter.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.charter.platform.event.EventType;
import org.junit.jupiter.api.Test;

/** Every workflow event type the workflow service documents is declared: read as a notice's fact, or passed over, never unknown. */
class WorkflowFactTest {

    @Test
    void every_documented_workflow_event_type_is_declared() throws IOException {
        Set<String> documented = new TreeSet<>();
        try (Stream<Path> schemas = Files.list(repository().resolve("docs/events/workflow"))) {
            schemas.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json"))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length())).forEach(documented::add);
        }
        Set<String> declared = new TreeSet<>();
        collect(WorkflowFact.class, declared);

        assertThat(documented).isNotEmpty();
        assertThat(declared).containsAll(documented).contains("TaskAssigned.v1", "TaskAssigned.v2");
    }

    private static void collect(Class<?> type, Set<String> declared) {
        EventType eventType = type.getAnnotation(EventType.class);
        if (eventType != null) {
            declared.add(eventType.name() + ".v" + eventType.version());
        }
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                collect(sub, declared);
            }
        }
    }

    private static Path repository() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw"))) {
                return p;
            }
        }
        throw new AssertionError("no repository root (a folder with mvnw) above " + Path.of("").toAbsolutePath());
    }
}
