package org.charter.platform.relay;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a refusal of the record itself, which Kafka repeats however often the commit is sent (it
 * is too large for the broker or the producer, or the broker finds it invalid), from every other
 * failure. Those pass (a broker away, a timeout, a leader moving: Kafka's retriable errors) or are
 * not the commit's fault (authorisation, authentication, an unsupported version, a fenced
 * producer: every commit would be refused alike, so parking them one by one would park the whole
 * outbox); they are retried with backoff and logged.
 */
final class KafkaRefusals {

    private KafkaRefusals() {
    }

    /**
     * Whether this failure (or one of its causes) is Kafka refusing this record for ever; a
     * retriable cause anywhere in the chain (a serializer that timed out, say) makes it pass.
     */
    static boolean refusesForEver(Throwable failure) {
        boolean refused = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException) {
                return false;
            }
            refused |= cause instanceof RecordTooLargeException
                    || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidRecordException
                    || cause instanceof InvalidTimestampException
                    || cause instanceof SerializationException;
            if (cause.getCause() == cause) {
                break;
            }
        }
        return refused;
    }

    /** What Kafka said, for a log line and the parked entry: the innermost Kafka error with its message. */
    static String reason(Throwable failure) {
        Throwable kafka = failure;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof org.apache.kafka.common.KafkaException) {
                kafka = cause;
            }
        }
        return kafka.getClass().getName() + ": " + kafka.getMessage();
    }
}
