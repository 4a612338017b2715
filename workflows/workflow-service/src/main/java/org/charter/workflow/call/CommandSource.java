package org.charter.workflow.call;

/**
 * Who a command the workflow sends is for: its {@code Idempotency-Key}, the conversation it
 * belongs to, and the person who started the process (the called service records the workflow's
 * service identity as the actor; the initiator travels in {@code X-Charter-Initiator}).
 */
public record CommandSource(String idempotencyKey, String correlationId, String initiator) {

    /** The same source under a key of its own: another command of the same activity and loop ({@code key:variant}). */
    public CommandSource variant(String variant) {
        return new CommandSource(idempotencyKey + ":" + variant, correlationId, initiator);
    }
}
