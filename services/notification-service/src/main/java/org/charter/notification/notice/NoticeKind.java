package org.charter.notification.notice;

/** What a notice says; each has its templates and its preference. */
public enum NoticeKind {
    /** A poll opened: the member may vote until it closes. */
    POLL_OPENED,
    /** A poll closes soon and the member has not answered. */
    REMINDER,
    /** A poll was counted: its outcome. */
    POLL_RESULT
}
