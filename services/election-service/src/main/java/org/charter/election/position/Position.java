package org.charter.election.position;

import java.util.Objects;
import java.util.Set;
import org.charter.membershiproll.member.RepresentativeRole;

/**
 * An Executive Committee position as configuration (DOMAIN.md §2.2): its seats, who may stand
 * for it and its term. A position filled by succession (Chair, Past Chair) has no eligible roles
 * and is never contested; the others are elected on their cycle, {@code seatsPerElection} at a time.
 *
 * @param eligible      the roles a nominee must hold for an active Governing member (any one of them)
 * @param succeedsFrom  the position whose holder moves into this one at term start, or null
 * @param cycle         in which fiscal years it is elected
 */
public record Position(String name, int seats, Set<RepresentativeRole> eligible, int termYears, String succeedsFrom,
                       ElectionCycle cycle, int seatsPerElection) {

    public Position {
        Objects.requireNonNull(name, "name");
        eligible = Set.copyOf(eligible);
        if (seats < 1 || termYears < 1) {
            throw new IllegalArgumentException("position " + name + " needs at least one seat and a term of a year or more");
        }
        if (seatsPerElection < 0 || seatsPerElection > seats) {
            throw new IllegalArgumentException("position " + name + " elects 0.." + seats + " seats at a time, not "
                    + seatsPerElection);
        }
    }

    public boolean isElected() {
        return succeedsFrom == null && !eligible.isEmpty() && cycle != ElectionCycle.NEVER;
    }

    /** Whether a person with these roles may stand. */
    public boolean admits(Set<RepresentativeRole> roles) {
        return roles.stream().anyMatch(eligible::contains);
    }

    /** Whether this position is elected for terms starting in fiscal year {@code fiscalYear} (named by its end year). */
    public boolean electedFor(int fiscalYear) {
        return isElected() && cycle.includes(fiscalYear);
    }

    /** When a position is elected. */
    public enum ElectionCycle {
        EVERY_YEAR,
        EVEN_FISCAL_YEARS,
        ODD_FISCAL_YEARS,
        NEVER;

        boolean includes(int fiscalYear) {
            return switch (this) {
                case EVERY_YEAR -> true;
                case EVEN_FISCAL_YEARS -> fiscalYear % 2 == 0;
                case ODD_FISCAL_YEARS -> fiscalYear % 2 != 0;
                case NEVER -> false;
            };
        }
    }
}
