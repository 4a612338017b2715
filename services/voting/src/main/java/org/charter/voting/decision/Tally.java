package org.charter.voting.decision;

/**
 * The counts a decision rests on, in DOMAIN.md's letters: {@code N} the frozen electorate,
 * {@code Y} yes, {@code No}, {@code A} abstentions; {@code C = Y + No}, {@code P = Y + No + A},
 * {@code Q = ⌊N/2⌋ + 1}.
 */
public record Tally(int electorate, int yes, int no, int abstain) {

    public Tally {
        if (electorate < 0 || yes < 0 || no < 0 || abstain < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + describe(electorate, yes, no, abstain));
        }
        if ((long) yes + no + abstain > electorate) {
            throw new IllegalArgumentException("more votes than members in the electorate: "
                    + describe(electorate, yes, no, abstain));
        }
    }

    /** {@code C}: votes cast for or against. */
    public int cast() {
        return yes + no;
    }

    /** {@code P}: members who took part, abstentions included. */
    public int participating() {
        return yes + no + abstain;
    }

    /** {@code Q = ⌊N/2⌋ + 1}. */
    public int quorum() {
        return Quorum.of(electorate).required();
    }

    public boolean quorumReached() {
        return participating() >= quorum();
    }

    @Override
    public String toString() {
        return describe(electorate, yes, no, abstain) + ", C=" + cast() + ", P=" + participating() + ", Q=" + quorum();
    }

    private static String describe(int n, int y, int no, int a) {
        return "N=" + n + ", Y=" + y + ", No=" + no + ", A=" + a;
    }
}
