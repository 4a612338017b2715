package org.charter.platform.envelope;

/**
 * The CloudEvents extension attributes every Charter event carries. CloudEvents attribute names
 * are lowercase letters and digits only, so the actor is three attributes, not a nested object.
 * In Kafka binary mode each becomes a {@code ce_<name>} header.
 */
public final class CharterExtensions {

    /** The event's version within its stream (subject), from 1. */
    public static final String SEQUENCE = "sequence";
    /** The id of the conversation, from {@code X-Correlation-Id}. */
    public static final String CORRELATION_ID = "correlationid";
    /** The id of the event that caused this one; absent for a command from a person. */
    public static final String CAUSATION_ID = "causationid";
    /** The authenticated subject that acted. */
    public static final String ACTOR_SUBJECT = "actorsubject";
    /** The role it acted in: delegate, secretary, auditor, admin or system. */
    public static final String ACTOR_ROLE = "actorrole";
    /** The member a delegate acted for; absent otherwise. */
    public static final String ACTOR_MEMBER = "actormember";
    /** The person who started the work a service acted in (from {@code X-Charter-Initiator}); absent otherwise. */
    public static final String INITIATOR = "initiator";

    private CharterExtensions() {
    }
}
