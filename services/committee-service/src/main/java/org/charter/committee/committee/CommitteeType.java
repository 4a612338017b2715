package org.charter.committee.committee;

/** The kinds of body of DOMAIN.md §2 that meet and hold seats. */
public enum CommitteeType {
    /** One seat per Governing member, held by its delegate, chaired by the EC Chair (§2.1). */
    GOVERNING_BOARD,
    /** Seven elected positions (§2.2). */
    EXECUTIVE_COMMITTEE,
    /** Experts who advise, e.g. the Technical Advisory Committee (§2.3). */
    ADVISORY_COMMITTEE,
    /** One of the four work groups of §2.3: Governing and Affiliate participants. */
    WORK_GROUP
}
