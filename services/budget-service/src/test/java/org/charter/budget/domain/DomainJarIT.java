package org.charter.budget.domain;

import org.charter.platform.test.DomainJar;
import org.junit.jupiter.api.Test;

/**
 * The budget domain is also a plain library (classifier {@code domain}), so that another
 * module (the audit service's replay) runs the same rules: it holds the feature packages and
 * nothing of the adapters, the application class or the configuration.
 */
class DomainJarIT {

    @Test
    void the_domain_jar_holds_the_domain_and_loads_without_spring() {
        DomainJar.check("org.charter.budget",
                "proposal/BudgetYear", "proposal/BudgetYears", "line/Lines", "fee/FeeSchedule",
                "continuing/ContinuingBudget");
    }
}
