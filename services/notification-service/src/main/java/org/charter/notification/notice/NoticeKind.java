package org.charter.notification.notice;

/** What a notice says; each has its templates and its preference. */
public enum NoticeKind {
    /** A poll opened: the member may vote until it closes. */
    POLL_OPENED,
    /** A poll closes soon and the member has not answered. */
    REMINDER,
    /** A poll was counted: its outcome. */
    POLL_RESULT,
    /** A contest's ballot opened (the election service): the member may vote until it closes. */
    CONTEST_OPENED,
    /** A contest's ballot closed: no more ballots; the result is published once counted. */
    CONTEST_CLOSED,
    /** A motion's text was revised (the committee service): its new version, before the next poll. */
    MOTION_REVISED,
    /** The secretary certified a contest's result (the election service): who was elected. */
    CONTEST_CERTIFIED,
    /** The Governing Board adopted a budget, fee schedule or amendment (the budget service). */
    BUDGET_ADOPTED,
    /** A process's task waits for the person (the workflow service's Tasklist): its name, what it is about, its link. */
    TASK_ASSIGNED,
    /**
     * A date of a budget's approval calendar passed with its step not done (the workflow service):
     * the Executive Committee's chair must act. Cannot be switched off: it is the chair's duty.
     */
    BUDGET_ESCALATED;

    /** Whether the notice is about a contest (the election service) rather than a poll (the committee service). */
    public boolean aboutContest() {
        return this == CONTEST_OPENED || this == CONTEST_CLOSED || this == CONTEST_CERTIFIED;
    }
}
