package org.charter.budget.fee;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.membershiproll.member.MemberRecord;

/**
 * How many months of a fiscal year a member is billed for (DOMAIN.md §6.6): a member (active or
 * suspended) when the year starts pays all twelve, and a later withdrawal refunds nothing; one
 * admitted or readmitted during the year pays the whole months left from its effective day on;
 * one who is not a member at any time in the year pays nothing. A member the roll does not know
 * is billed as the schedule projects it, for the whole year.
 */
public final class BillingPeriods {

    private BillingPeriods() {
    }

    public static int monthsBilled(FiscalYear year, Optional<MemberRecord> record, ZoneId zone) {
        if (record.isEmpty()) {
            return 12;
        }
        Instant start = year.startsAt(zone);
        MemberRecord member = record.get();
        if (member.standingAt(start).map(MemberRecord.Standing::isMember).orElse(false)) {
            return 12;
        }
        return member.joinedWithin(start, year.endsAt(zone))
                .map(joined -> year.wholeMonthsLeftFrom(joined.effectiveAt().atZone(zone).toLocalDate()))
                .orElse(0);
    }
}
