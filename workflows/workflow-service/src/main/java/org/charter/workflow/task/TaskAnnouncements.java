package org.charter.workflow.task;

import java.util.List;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;

/** Every task's announcements, one stream per task ({@code task:<taskId>}), relayed on {@code charter.workflow.events}. */
public final class TaskAnnouncements extends EventSourcedRepository<String, TaskAnnouncement, TaskEvent> {

    public TaskAnnouncements(EventStreams streams) {
        super(TaskAnnouncement.KIND, streams, List.of());
    }
}
