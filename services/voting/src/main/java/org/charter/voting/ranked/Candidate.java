package org.charter.voting.ranked;

import java.util.Objects;
import java.util.Optional;

/**
 * A candidate in a ranked contest.
 *
 * @param id     stable id, used by the seeded lot (DOMAIN.md §5.5)
 * @param name   the name shown in reports; unique within a contest
 * @param member the member the candidate represents, or {@code null}; once a candidate is elected
 *               its same-member rivals are excluded (DOMAIN.md §5.4)
 */
public record Candidate(String id, String name, String member) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a candidate needs an id and a name");
        }
    }

    public static Candidate of(String id, String name) {
        return new Candidate(id, name, null);
    }

    public Optional<String> memberId() {
        return Optional.ofNullable(member);
    }

    boolean sameMemberAs(Candidate other) {
        return member != null && member.equals(other.member);
    }
}
