package org.charter.workflow.task.adapter;

import java.time.Duration;
import org.charter.platform.clock.RepeatedWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sweeps the open tasks every {@code charter.workflow.tasks.sweep-interval} (default 1 minute). */
class TaskSweepClock extends RepeatedWork {

    private static final Logger log = LoggerFactory.getLogger(TaskSweepClock.class);

    private final OpenTaskSweep sweep;

    TaskSweepClock(OpenTaskSweep sweep, Duration every) {
        super("task-sweep", every);
        this.sweep = sweep;
    }

    @Override
    protected void round() {
        int announced = sweep.sweep();
        if (announced > 0) {
            log.info("the sweep announced {} task(s) whose announcement was missing", announced);
        }
    }
}
