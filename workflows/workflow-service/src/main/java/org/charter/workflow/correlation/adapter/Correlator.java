package org.charter.workflow.correlation.adapter;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.charter.platform.event.RecordedEvent;
import org.charter.workflow.correlation.ProcessMessage;
import org.charter.workflow.correlation.ParkedMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Correlate or park: a service's fact goes to the process that waits for it, found by the process
 * variable the message names (the committee's facts by {@value #MOTION}, which every process that
 * waits for the committee keeps: the policy approval's business key, the motion a budget approval
 * proposed; for a poll's result also by the poll the process opened; the election's facts by the
 * {@code contest} an election's contest process runs, the budget's facts about a fiscal year by the
 * {@code fiscalYear} a budget approval's proposal is for); when none waits, it is parked and offered
 * again when a process of that key starts waiting (and by a periodic sweep), so a message that
 * comes early, or for a process not started yet, is never lost.
 */
public final class Correlator {

    private static final Logger log = LoggerFactory.getLogger(Correlator.class);
    private static final int ATTEMPTS = 3;

    /** The process variable naming the motion a process waits on. */
    public static final String MOTION = ProcessMessage.MOTION;

    private final RuntimeService runtime;
    private final ParkedMessages parked;

    public Correlator(RuntimeService runtime, ParkedMessages parked) {
        this.runtime = runtime;
        this.parked = parked;
    }

    /** The handler of the subscriptions to the committee's and the election's topics. */
    public void on(RecordedEvent event) {
        ProcessMessage.of(event.data()).ifPresent(message -> {
            if (!deliver(message)) {
                parked.park(event.id().toString(), message);
                log.info("parked {} for {} {} (no process waits for it yet)", message.name(), message.keyVariable(),
                        message.businessKey());
                // the process may have started waiting between the attempt and the parking
                redeliver(message.businessKey());
            }
        });
    }

    /** Offers a key's parked messages again, oldest first. */
    public void redeliver(String businessKey) {
        for (ParkedMessages.Parked waiting : parked.of(businessKey)) {
            if (deliver(waiting.message())) {
                parked.delivered(waiting.eventId());
                log.info("delivered parked {} to the process of {}", waiting.message().name(), businessKey);
            }
        }
    }

    public void redeliverAll(int limit) {
        parked.businessKeys(limit).forEach(this::redeliver);
    }

    private boolean deliver(ProcessMessage message) {
        // a poll's result goes to the one process that opened the poll: first by business key, an
        // index lookup, which finds a policy approval (its business key is the motion); the lookup by
        // process variable reads every waiting instance's variables (no index on them), so it is
        // only the fallback: a budget approval's motion is a variable, and a fact nobody waits for yet
        if (message.forOneProcess() && correlate(message, true)) {
            return true;
        }
        return correlate(message, false);
    }

    private boolean correlate(ProcessMessage message, boolean byBusinessKey) {
        for (int attempt = 1; ; attempt++) {
            var correlation = runtime.createMessageCorrelation(message.name())
                    .processInstanceVariableEquals(message.keyVariable(), message.businessKey())
                    .setVariables(message.variables());
            if (byBusinessKey) {
                correlation.processInstanceBusinessKey(message.businessKey());
            }
            if (message.matchVariable() != null) {
                correlation.processInstanceVariableEquals(message.matchVariable(), message.matchValue());
            }
            try {
                // all: a fiscal year's fact goes to every approval of the year that waits for it; when none
                // waits, an empty list (correlateAll does not throw, so no ERROR in the engine's log), and
                // its lookup is the only one: no separate "anyone waits?" query first
                return !correlation.correlateAllWithResult().isEmpty();
            } catch (OptimisticLockingException busy) {
                if (attempt == ATTEMPTS) {
                    return false; // parked, offered again when the instance is quiet
                }
            }
        }
    }
}
