package org.charter.voting.ranked;

import java.util.Locale;

/** How a ranked contest is counted (DOMAIN.md §5.4). */
public enum CountMethod {
    /** Instant-runoff, one seat. */
    IRV,
    /** Scottish STV, SSI 2007/42 Schedule 1 rules 45–52. */
    STV;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CountMethod fromCode(String code) {
        for (CountMethod m : values()) {
            if (m.code().equalsIgnoreCase(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown counting method '" + code + "': use irv or stv");
    }
}
