package org.charter.workflow.correlation.adapter;

import java.util.concurrent.Executor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * On entering a wait for a service's fact: once the transaction that makes the process wait has
 * committed, offer it the facts of its key (the value of {@code keyVariable}: its motion, its
 * contest) that were parked (they came before it waited).
 */
public final class AwaitingMessages implements ExecutionListener {

    private final Correlator correlator;
    private final String keyVariable;
    private final Executor redeliveries;

    public AwaitingMessages(Correlator correlator, String keyVariable, Executor redeliveries) {
        this.correlator = correlator;
        this.keyVariable = keyVariable;
        this.redeliveries = redeliveries;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String key = (String) execution.getVariable(keyVariable);
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> redeliveries.execute(() -> correlator.redeliver(key)));
    }
}
