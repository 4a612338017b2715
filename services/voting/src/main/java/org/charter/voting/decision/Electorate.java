package org.charter.voting.decision;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may vote in one poll, frozen at opening (DOMAIN.md §1.5): the members that were
 * {@code GOVERNING} and {@code ACTIVE} at {@code opensAt}. {@code N} never changes afterwards;
 * rights are lost mid-poll, never gained, and a member that loses them stays in {@code N}.
 */
public final class Electorate {

    private final Instant opensAt;
    private final Set<String> members;
    private final Map<String, Instant> rightsLostAt;

    private Electorate(Instant opensAt, Set<String> members, Map<String, Instant> rightsLostAt) {
        this.opensAt = opensAt;
        this.members = members;
        this.rightsLostAt = rightsLostAt;
    }

    /**
     * Freezes the electorate of a poll opening at {@code opensAt}.
     *
     * @param inGoodStandingAtOpening ids of the members that are GOVERNING and ACTIVE at {@code opensAt}
     * @throws NoElectorate when nobody may vote (DOMAIN.md §8.14)
     */
    public static Electorate frozenAt(Instant opensAt, Collection<String> inGoodStandingAtOpening) {
        if (opensAt == null) {
            throw new IllegalArgumentException("opensAt is required");
        }
        if (inGoodStandingAtOpening.isEmpty()) {
            throw new NoElectorate(opensAt);
        }
        return new Electorate(opensAt, Collections.unmodifiableSet(new TreeSet<>(inGoodStandingAtOpening)), Map.of());
    }

    /**
     * The member's suspension, withdrawal or demotion takes effect at {@code effectiveAt}: votes it
     * cast before then count, later ones are refused, and it stays in {@code N}. Members outside
     * the electorate are unaffected (they could not vote anyway). An earlier loss already recorded wins.
     */
    public Electorate withRightsLost(String member, Instant effectiveAt) {
        if (!members.contains(member)) {
            return this;
        }
        Map<String, Instant> lost = new HashMap<>(rightsLostAt);
        lost.merge(member, effectiveAt, (a, b) -> a.isBefore(b) ? a : b);
        return new Electorate(opensAt, members, Collections.unmodifiableMap(lost));
    }

    /**
     * The electorate without {@code member}: a member facing suspension or removal is outside
     * {@code N} for that vote (DOMAIN.md §3, {@code REMOVAL}).
     *
     * @throws NoElectorate when nobody would be left
     */
    public Electorate excluding(String member) {
        if (!members.contains(member)) {
            return this;
        }
        Set<String> rest = new TreeSet<>(members);
        rest.remove(member);
        if (rest.isEmpty()) {
            throw new NoElectorate(opensAt);
        }
        Map<String, Instant> lost = new HashMap<>(rightsLostAt);
        lost.remove(member);
        return new Electorate(opensAt, Collections.unmodifiableSet(rest), Collections.unmodifiableMap(lost));
    }

    public Instant opensAt() {
        return opensAt;
    }

    /** {@code N}. */
    public int size() {
        return members.size();
    }

    public Set<String> members() {
        return members;
    }

    public boolean includes(String member) {
        return members.contains(member);
    }

    public Optional<Instant> rightsLostAt(String member) {
        return Optional.ofNullable(rightsLostAt.get(member));
    }

    /** Whether the member could take part at {@code at}: in the frozen electorate and still in good standing. */
    public boolean inGoodStandingAt(String member, Instant at) {
        if (!members.contains(member)) {
            return false;
        }
        Instant lost = rightsLostAt.get(member);
        return lost == null || at.isBefore(lost);
    }
}
