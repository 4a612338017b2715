package org.charter.committee.meeting;

/** What an agenda item is about: a motion put to the body, a report, an election item. */
public enum AgendaItemKind {
    MOTION,
    REPORT,
    ELECTION
}
