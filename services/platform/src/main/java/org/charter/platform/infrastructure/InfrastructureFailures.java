package org.charter.platform.infrastructure;

import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.charter.platform.event.UnreadableEvent;

/**
 * Tells a failure of the infrastructure, which passes when the database or the broker is back
 * (it is retried for as long as it lasts), from a failure of the event or of the handler's rules,
 * which sending the same event again cannot cure (it goes to the dead-letter topic).
 */
public final class InfrastructureFailures {

    private InfrastructureFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableEvent) {
                return false; // the event is broken, whatever its parser's exception says
            }
            if (isInfrastructure(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isInfrastructure(Throwable cause) {
        return cause instanceof MongoSocketException
                || cause instanceof MongoTimeoutException
                || cause instanceof MongoExecutionTimeoutException
                || cause instanceof MongoNotPrimaryException
                || cause instanceof MongoNodeIsRecoveringException
                || cause instanceof MongoInterruptedException
                || cause instanceof MongoException mongo && (mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                        || mongo.hasErrorLabel("RetryableWriteError"))
                || cause instanceof RetriableException
                || cause instanceof TimeoutException
                || cause instanceof SocketException
                || cause instanceof SocketTimeoutException;
    }
}
