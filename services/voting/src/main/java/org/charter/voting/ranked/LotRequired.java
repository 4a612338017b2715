package org.charter.voting.ranked;

import java.util.List;

/** The count reached a tie that only the seeded lot can break, and no seed was given. */
public class LotRequired extends IllegalStateException {

    private final List<String> tied;

    public LotRequired(List<String> tied) {
        super("candidates " + String.join(", ", tied)
                + " are tied at every stage; the seeded lot (DOMAIN.md §5.5) decides, so give the contest's seed");
        this.tied = List.copyOf(tied);
    }

    public List<String> tied() {
        return tied;
    }
}
