package org.charter.notification.preference;

/** The languages messages are written in. */
public enum Language { EN, ES }
