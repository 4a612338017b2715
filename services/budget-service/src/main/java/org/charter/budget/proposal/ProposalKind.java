package org.charter.budget.proposal;

/**
 * What a proposal is, the letter of its id and the committee motion kind (DOMAIN.md §3) whose
 * poll decides it: a budget ({@code B}, BUDGET_ADOPTION), a fee schedule ({@code F},
 * FEE_SCHEDULE), an amendment of the adopted budget ({@code A}, BUDGET_AMENDMENT).
 */
public enum ProposalKind {
    BUDGET('B', "BUDGET_ADOPTION"),
    FEE_SCHEDULE('F', "FEE_SCHEDULE"),
    AMENDMENT('A', "BUDGET_AMENDMENT");

    private final char letter;
    private final String motionKind;

    ProposalKind(char letter, String motionKind) {
        this.letter = letter;
        this.motionKind = motionKind;
    }

    public char letter() {
        return letter;
    }

    /** The committee's motion kind that decides a proposal of this kind. */
    public String motionKind() {
        return motionKind;
    }

    static ProposalKind ofLetter(char letter) {
        for (ProposalKind kind : values()) {
            if (kind.letter == letter) {
                return kind;
            }
        }
        return null;
    }
}
