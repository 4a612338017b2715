package org.charter.committee.motion;

import java.time.Instant;

/** One version of a motion's text: 1 as proposed, each revision the next. */
public record TextVersion(int number, String title, String text, String note, Instant at, String by) {
}
