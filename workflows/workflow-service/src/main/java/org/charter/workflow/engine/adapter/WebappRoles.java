package org.charter.workflow.engine.adapter;

import java.util.List;
import java.util.Map;

/**
 * Who may use Camunda's webapps in production, by the Charter role in the sign-on token's
 * {@code role} claim, and as which engine groups: secretaries (Tasklist, Cockpit; group
 * {@code secretary}, the revision task's candidate group) and admins (also the Admin webapp;
 * {@code camunda-admin}). Delegates and auditors have no webapp: Camunda's own authorizations are
 * off, so a webapp user could change any process; auditors read through the engine's REST API.
 */
final class WebappRoles {

    static final String ADMIN_GROUP = "camunda-admin";

    private static final Map<String, List<String>> GROUPS = Map.of(
            "secretary", List.of("secretary"),
            "admin", List.of("admin", ADMIN_GROUP));

    private WebappRoles() {
    }

    /** The engine groups of a role; empty when the role has no webapp. */
    static List<String> groupsOf(String role) {
        return role == null ? List.of() : GROUPS.getOrDefault(role, List.of());
    }
}
