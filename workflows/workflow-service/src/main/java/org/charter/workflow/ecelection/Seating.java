package org.charter.workflow.ecelection;

/**
 * The seating of a decided contest's elected (DOMAIN.md §5.7), as the election service records
 * it at term start (a special election's at once): each elected person is either seated or
 * recorded as not seated; the contest's part ends when every one is accounted for.
 */
public record Seating(int toSeat, int seated, int notSeated) {

    public Seating {
        if (toSeat < 0 || seated < 0 || notSeated < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    public static Seating awaiting(int elected) {
        return new Seating(elected, 0, 0);
    }

    public Seating after(boolean tookTheSeat) {
        return tookTheSeat ? new Seating(toSeat, seated + 1, notSeated) : new Seating(toSeat, seated, notSeated + 1);
    }

    public boolean nobodyToSeat() {
        return toSeat == 0;
    }

    public boolean complete() {
        return seated + notSeated >= toSeat;
    }
}
