package org.charter.workflow.task.adapter;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.charter.platform.aggregate.EventStreams;
import org.charter.workflow.task.AnnouncingTasks;
import org.charter.workflow.task.TaskAnnouncements;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tasks' announcements ({@code TaskAssigned}) in the workflow's event store, the plugin that listens, the sweep. */
@Configuration(proxyBeanMethods = false)
class TaskConfiguration {

    @Bean
    static TaskAssignmentPlugin taskAssignmentPlugin() {
        return new TaskAssignmentPlugin();
    }

    @Bean
    AnnouncingTasks announcingTasks(EventStreams streams) {
        return new AnnouncingTasks(new TaskAnnouncements(streams));
    }

    @Bean
    OpenTaskSweep openTaskSweep(ProcessEngine engine, AnnouncingTasks announcing) {
        return new OpenTaskSweep(engine, announcing);
    }

    @Bean
    TaskSweepClock taskSweepClock(OpenTaskSweep sweep,
                                  @Value("${charter.workflow.tasks.sweep-interval:PT1M}") Duration every) {
        return new TaskSweepClock(sweep, every);
    }
}
