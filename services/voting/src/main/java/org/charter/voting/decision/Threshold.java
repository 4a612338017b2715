package org.charter.voting.decision;

/**
 * The thresholds of DOMAIN.md §3.2, each an exact integer test. There is no casting vote, and
 * under the {@code *_ALL} rules an abstention or a missing vote acts as a no.
 */
public enum Threshold {

    /** {@code 2Y > C}. */
    MAJORITY_CAST("2Y > C") {
        @Override
        public boolean isMetBy(Tally t) {
            return 2L * t.yes() > t.cast();
        }

        @Override
        public int yesNeeded(Tally t) {
            return t.cast() / 2 + 1;
        }

        @Override
        String arithmetic(Tally t) {
            return "2×" + t.yes() + " = " + 2L * t.yes() + " > C = " + t.cast();
        }
    },

    /** {@code 2Y > N}. */
    MAJORITY_ALL("2Y > N") {
        @Override
        public boolean isMetBy(Tally t) {
            return 2L * t.yes() > t.electorate();
        }

        @Override
        public int yesNeeded(Tally t) {
            return t.electorate() / 2 + 1;
        }

        @Override
        String arithmetic(Tally t) {
            return "2×" + t.yes() + " = " + 2L * t.yes() + " > N = " + t.electorate();
        }
    },

    /** {@code C > 0 ∧ 3Y ≥ 2C}. */
    TWO_THIRDS_CAST("C > 0 and 3Y ≥ 2C") {
        @Override
        public boolean isMetBy(Tally t) {
            return t.cast() > 0 && 3L * t.yes() >= 2L * t.cast();
        }

        @Override
        public int yesNeeded(Tally t) {
            return Math.max(1, ceilDiv(2L * t.cast(), 3));
        }

        @Override
        String arithmetic(Tally t) {
            return "C = " + t.cast() + ", 3×" + t.yes() + " = " + 3L * t.yes() + " ≥ 2×" + t.cast() + " = " + 2L * t.cast();
        }
    },

    /** {@code 3Y ≥ 2N}. */
    TWO_THIRDS_ALL("3Y ≥ 2N") {
        @Override
        public boolean isMetBy(Tally t) {
            return 3L * t.yes() >= 2L * t.electorate();
        }

        @Override
        public int yesNeeded(Tally t) {
            return ceilDiv(2L * t.electorate(), 3);
        }

        @Override
        String arithmetic(Tally t) {
            return "3×" + t.yes() + " = " + 3L * t.yes() + " ≥ 2×" + t.electorate() + " = " + 2L * t.electorate();
        }
    },

    /** {@code Y = N}. */
    UNANIMITY_ALL("Y = N") {
        @Override
        public boolean isMetBy(Tally t) {
            return t.yes() == t.electorate();
        }

        @Override
        public int yesNeeded(Tally t) {
            return t.electorate();
        }

        @Override
        String arithmetic(Tally t) {
            return "Y = " + t.yes() + " = N = " + t.electorate();
        }
    };

    private final String rule;

    Threshold(String rule) {
        this.rule = rule;
    }

    /** The exact integer test this threshold applies. */
    public abstract boolean isMetBy(Tally tally);

    /**
     * The smallest number of yes votes that would meet the threshold with the same electorate and,
     * for the {@code *_CAST} rules, the same number of votes cast.
     */
    public abstract int yesNeeded(Tally tally);

    /** The rule as DOMAIN.md writes it, e.g. {@code "3Y ≥ 2N"}. */
    public String rule() {
        return rule;
    }

    abstract String arithmetic(Tally tally);

    /** "TWO_THIRDS_ALL (3Y ≥ 2N): 3×12 = 36 ≥ 2×17 = 34 holds". */
    public String explain(Tally tally) {
        return name() + " (" + rule + "): " + arithmetic(tally) + (isMetBy(tally) ? " holds" : " does not hold");
    }

    private static int ceilDiv(long a, long b) {
        return (int) ((a + b - 1) / b);
    }
}
