package org.charter.committee.committee;

import java.util.Arrays;
import java.util.Optional;

/** The four work groups of DOMAIN.md §2.3; a work group's committee id is its name. */
public enum WorkGroup {
    ITEM_WRITING("Item Writing Work Group"),
    ITEM_REVIEW("Item Review Work Group"),
    DATA_REVIEW("Data Review Work Group"),
    INSTRUCTIONAL_RESOURCES("Instructional Resources Work Group");

    private final String title;

    WorkGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static Optional<WorkGroup> named(String id) {
        return Arrays.stream(values()).filter(w -> w.name().equals(id)).findFirst();
    }
}
