package org.charter.workflow.call.adapter;

/** Makes the guarded calls to one service ({@code committee}, {@code budget}) with its settings. */
@FunctionalInterface
public interface ServiceCalls {

    GuardedCalls to(String service, ServiceCallProperties.Calls settings);
}
