package org.charter.notification.delivery;

/** How a notice reaches its recipient. */
public enum Channel { EMAIL, WEBHOOK }
