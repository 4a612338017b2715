package org.charter.budget.proposal;

import java.util.List;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.ReadModel;

/** The fiscal years' streams. */
public final class BudgetYears extends EventSourcedRepository<FiscalYear, BudgetYear, BudgetYearEvent> {

    public BudgetYears(EventStreams streams, List<? extends ReadModel<? super BudgetYear>> readModels) {
        super(BudgetYear.KIND, streams, readModels);
    }
}
