package org.charter.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.charter.web.api.ApiRefusal;

/**
 * The pages only an auditor may open even before they ask the audit API (a form, a list the API
 * would refuse anyway): the audit API answers only role {@code auditor} (docs/api/audit.md), so
 * anyone else gets the app's own 403 page, as an API's 403 would give them.
 */
final class Auditors {

    private Auditors() {
    }

    static void require(HttpServletRequest request) {
        if (!request.isUserInRole("AUDITOR")) {
            throw new ApiRefusal(403, "FORBIDDEN", "the audit pages are an auditor's");
        }
    }
}
