package org.charter.voting.ranked;


/** How a ranked contest is counted (DOMAIN.md §5.4). */
public enum CountMethod {
    /** Instant-runoff, one seat. */
    IRV("irv"),
    /** Scottish STV, SSI 2007/42 Schedule 1 rules 45–52. */
    STV("stv"),
    /** One seat, the option of §5.4: first preferences elect a majority, else the top two go to a runoff ballot. */
    TWO_ROUND("two-round");

    private final String code;

    CountMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CountMethod fromCode(String code) {
        for (CountMethod m : values()) {
            if (m.code().equalsIgnoreCase(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown counting method '" + code + "': use irv, stv or two-round");
    }
}
