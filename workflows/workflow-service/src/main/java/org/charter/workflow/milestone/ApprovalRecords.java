package org.charter.workflow.milestone;

import java.util.List;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.ReadModel;

/** Every policy approval's published record, one stream per process instance. */
public final class ApprovalRecords extends EventSourcedRepository<String, ApprovalRecord, ApprovalMilestone> {

    public ApprovalRecords(EventStreams streams, List<? extends ReadModel<? super ApprovalRecord>> readModels) {
        super(ApprovalRecord.KIND, streams, readModels);
    }
}
