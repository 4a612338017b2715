package org.charter.membership.representative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The effective-dated record of who represents one member in which role. Terms are opened and
 * closed only by applying the member's events, so the roster at any instant can be read back.
 * "Open" terms are those with no end recorded yet: they include appointments scheduled for the
 * future, which is what a new command must be checked against.
 */
public final class Roster {

    private final List<Term> terms = new ArrayList<>();

    /** The terms covering an instant, by role and rank. */
    public List<Term> at(Instant instant) {
        return terms.stream()
                .filter(term -> term.coversInstant(instant))
                .sorted(Comparator.comparing(Term::role).thenComparingInt(Term::rank))
                .toList();
    }

    public List<Term> open() {
        return terms.stream()
                .filter(Term::isOpen)
                .sorted(Comparator.comparing(Term::role).thenComparingInt(Term::rank))
                .toList();
    }

    public List<Term> open(RepresentativeRole role) {
        return open().stream().filter(term -> term.role() == role).toList();
    }

    public Optional<Term> openTerm(RepresentativeRole role, PersonId person) {
        return open(role).stream().filter(term -> term.person().id().equals(person)).findFirst();
    }

    /** Every term ever recorded, in the order they were opened. */
    public List<Term> history() {
        return List.copyOf(terms);
    }

    public boolean holdsAnyOpenRole(PersonId person) {
        return terms.stream().anyMatch(term -> term.isOpen() && term.person().id().equals(person));
    }

    /** When the person's last term for this member ended, if they ever held one and hold none now. */
    public Optional<Instant> lastEnd(PersonId person) {
        if (holdsAnyOpenRole(person)) {
            return Optional.empty();
        }
        return terms.stream()
                .filter(term -> term.person().id().equals(person))
                .map(Term::until)
                .max(Comparator.naturalOrder());
    }

    public void openTerm(RepresentativeRole role, Person person, int rank, Instant from) {
        terms.add(new Term(role, person, rank, from, null));
    }

    public void closeTerm(RepresentativeRole role, PersonId person, Instant at) {
        replaceOpen(term -> term.role() == role && term.person().id().equals(person), at);
    }

    public void closeAll(Collection<RepresentativeRole> roles, Instant at) {
        replaceOpen(term -> roles.contains(term.role()), at);
    }

    private void replaceOpen(java.util.function.Predicate<Term> which, Instant at) {
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            if (term.isOpen() && which.test(term)) {
                terms.set(i, term.endingAt(at));
            }
        }
    }
}
