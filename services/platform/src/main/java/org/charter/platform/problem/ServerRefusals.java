package org.charter.platform.problem;

import java.io.IOException;
import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * What a request refused outside Spring MVC is answered with, when all there is to go on is a
 * status, perhaps the exception and the path: the servlet container's error dispatch and its own
 * refusals (before any servlet ran) read the same as the controller advice's answers.
 */
final class ServerRefusals {

    private ServerRefusals() {
    }

    static ProblemDetail problemOf(int status, Throwable failure, String method, String path) {
        if (causedBy(failure, RequestRejectedException.class)) {
            return PlatformProblems.requestRejected(method);
        }
        if (status == 400 && causedBy(failure, IOException.class)) {
            return PlatformProblems.bodyUnreadable();
        }
        return PlatformProblems.ofStatus(status, method, path);
    }

    /** The path as a problem's {@code instance}, or null when it is not a URI reference (a refused request's may not be). */
    static URI instanceOf(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
