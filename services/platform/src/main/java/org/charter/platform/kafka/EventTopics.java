package org.charter.platform.kafka;

/** Topic names: one event topic per bounded context and a dead-letter topic beside each. */
public final class EventTopics {

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private EventTopics() {
    }

    /** {@code charter.<context>.events}, e.g. {@code charter.membership.events}. */
    public static String of(String context) {
        return "charter." + context + ".events";
    }

    /** {@code <topic>.dlt}: where a consumer puts what it could not read or apply. */
    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
