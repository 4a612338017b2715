package org.charter.budget.proposal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.platform.error.NotFound;

/**
 * A proposal's id: its fiscal year, kind letter and number in the year ({@code FY2027-B2} is the
 * second budget proposed for FY2027, {@code FY2027-F1} its first fee schedule,
 * {@code FY2027-A1} its first amendment). The year in the id names the stream that holds it.
 */
public record ProposalId(FiscalYear year, ProposalKind kind, int number) {

    private static final Pattern ID = Pattern.compile("(FY\\d{4})-([BFA])([1-9]\\d{0,5})");

    public static ProposalId of(String id) {
        Matcher matcher = id == null ? null : ID.matcher(id);
        if (matcher == null || !matcher.matches()) {
            throw new NotFound("PROPOSAL_NOT_FOUND", "no proposal with id " + id + " (ids read FY2027-B1: year, B budget,"
                    + " F fee schedule or A amendment, number)");
        }
        return new ProposalId(FiscalYear.of(matcher.group(1)), ProposalKind.ofLetter(matcher.group(2).charAt(0)),
                Integer.parseInt(matcher.group(3)));
    }

    @Override
    public String toString() {
        return year + "-" + kind.letter() + number;
    }
}
