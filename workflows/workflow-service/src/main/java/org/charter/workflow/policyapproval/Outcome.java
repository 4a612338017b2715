package org.charter.workflow.policyapproval;

/** How a policy approval ended: the four modelled ends of the procedure, none of them an error. */
public enum Outcome {
    /** By consensus in a round, or by the formal vote at the kind's threshold. */
    ADOPTED,
    /** The formal vote did not reach the threshold. */
    REJECTED,
    /** Two polls in a row without quorum (DOMAIN.md §4.3). */
    LAPSED,
    /** The proposer withdrew the motion (§4.3). */
    WITHDRAWN
}
