package org.charter.workflow.milestone.adapter;

import java.util.List;
import org.charter.platform.aggregate.EventStreams;
import org.charter.workflow.milestone.ApprovalRecords;
import org.charter.workflow.milestone.RecordingMilestones;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The approvals' milestones in the workflow's own event store (database {@code workflow}), relayed to Kafka. */
@Configuration(proxyBeanMethods = false)
class MilestoneConfiguration {

    @Bean
    ApprovalRecords approvalRecords(EventStreams streams) {
        return new ApprovalRecords(streams, List.of());
    }

    @Bean
    RecordingMilestones recordingMilestones(ApprovalRecords records) {
        return new RecordingMilestones(records);
    }
}
