package org.charter.platform.test.keycloak;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class, saying why and how to run it, when no Keycloak server distribution is at
 * hand ({@link KeycloakServer#unavailability()}): before its Spring context is built, so a skipped
 * class costs nothing.
 */
public class KeycloakAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return KeycloakServer.unavailability()
                .map(why -> {
                    // also on the console: a skipped class is easy to miss in a build's summary
                    System.err.println("[" + context.getDisplayName() + " skipped] " + why);
                    return ConditionEvaluationResult.disabled(why);
                })
                .orElseGet(() -> ConditionEvaluationResult.enabled("a Keycloak server distribution is at hand"));
    }
}
