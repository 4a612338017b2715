package org.charter.audit.retally;

/** One outcome whose re-tally differs from its record: what, which, as recorded and as recounted. */
public record Discrepancy(String kind, String id, String recorded, String recounted, String rule, String detail) {
}
