package org.charter.workflow.correlation.adapter;

import java.util.concurrent.Executor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * On entering a wait for a committee fact: once the transaction that makes the process wait has
 * committed, offer it the facts of its motion that were parked (they came before it waited).
 */
public final class AwaitingCommittee implements ExecutionListener {

    private final Correlator correlator;
    private final Executor redeliveries;

    public AwaitingCommittee(Correlator correlator, Executor redeliveries) {
        this.correlator = correlator;
        this.redeliveries = redeliveries;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String motion = (String) execution.getVariable(Correlator.MOTION);
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> redeliveries.execute(() -> correlator.redeliver(motion)));
    }
}
