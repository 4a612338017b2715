package org.charter.committee.meeting;

import java.net.URI;
import java.time.Instant;
import org.charter.platform.error.RuleViolation;

/**
 * How and when a meeting is held, and when notice of it was given. Checked as a whole: a place
 * for a meeting in person, a link for a virtual one, both for a hybrid one; an end after the
 * start; notice given by now and no later than the start. The length of the notice is the
 * workflow's calendar, not checked here.
 */
public record Arrangements(MeetingFormat format, Instant startsAt, Instant endsAt, String place, String link,
                           Instant noticeGivenAt) {

    static final int MAX_PLACE = 500;
    static final int MAX_LINK = 2_000;

    /** The arrangements, stripped, or a 422 naming the field to fix. */
    public Arrangements checked(Instant now) {
        if (format == null) {
            throw new RuleViolation("MEETING_FORMAT_REQUIRED", "format: IN_PERSON, VIRTUAL or HYBRID");
        }
        if (startsAt == null) {
            throw new RuleViolation("MEETING_START_REQUIRED", "startsAt: when the meeting starts (ISO-8601, UTC)");
        }
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new RuleViolation("MEETING_TIME_INVALID", "endsAt (" + endsAt + ") must be after startsAt (" + startsAt + ")");
        }
        String where = blankToNull(place);
        String url = blankToNull(link);
        if (format.hasPlace() && where == null) {
            throw new RuleViolation("MEETING_PLACE_REQUIRED", "place: a " + format + " meeting needs the place to come to");
        }
        if (!format.hasPlace() && where != null) {
            throw new RuleViolation("MEETING_PLACE_INVALID", "place: a VIRTUAL meeting has no place; make it HYBRID");
        }
        if (where != null && where.length() > MAX_PLACE) {
            throw new RuleViolation("MEETING_PLACE_INVALID", "place: at most " + MAX_PLACE + " characters");
        }
        if (format.hasLink() && url == null) {
            throw new RuleViolation("MEETING_LINK_REQUIRED", "link: a " + format + " meeting needs the link to join it");
        }
        if (!format.hasLink() && url != null) {
            throw new RuleViolation("MEETING_LINK_INVALID", "link: an IN_PERSON meeting has no link; make it HYBRID");
        }
        if (url != null && !isWebAddress(url)) {
            throw new RuleViolation("MEETING_LINK_INVALID", "link: an https:// or http:// address of at most " + MAX_LINK
                    + " characters, was: " + url);
        }
        if (noticeGivenAt == null) {
            throw new RuleViolation("NOTICE_DATE_REQUIRED", "noticeGivenAt: when notice of the meeting was given");
        }
        if (noticeGivenAt.isAfter(now)) {
            throw new RuleViolation("NOTICE_DATE_INVALID", "noticeGivenAt (" + noticeGivenAt + ") is in the future; it is "
                    + now + ": record the notice once given");
        }
        if (noticeGivenAt.isAfter(startsAt)) {
            throw new RuleViolation("NOTICE_DATE_INVALID", "noticeGivenAt (" + noticeGivenAt + ") must be no later than"
                    + " startsAt (" + startsAt + ")");
        }
        return new Arrangements(format, startsAt, endsAt, where, url, noticeGivenAt);
    }

    private static boolean isWebAddress(String url) {
        if (url.length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
