package org.charter.election.election.adapter;

import java.time.Instant;
import java.util.List;
import org.charter.election.election.Election;
import org.charter.election.election.ElectionCalendar;
import org.charter.election.election.NominationStatus;

/** An election as the API shows it: calendar, contests (summary) and nominations. */
record ElectionView(String id, int fiscalYear, Instant termStartsAt, ElectionCalendar calendar, List<ContestSummary> contests,
                    List<NominationView> nominations) {

    record ContestSummary(String id, String position, int seats, String method, String status) {
    }

    record NominationView(String id, String contest, String nominee, String name, String member, String nominatedBy,
                          NominationStatus status) {
    }

    static ElectionView of(Election e) {
        return new ElectionView(e.id().value(), e.fiscalYear(), e.termStartsAt(), e.calendar(),
                e.contests().stream().map(c -> new ContestSummary(c.id(), c.position(), c.seats(), c.method(), c.status().name()))
                        .toList(),
                e.nominations().stream().map(n -> new NominationView(n.id(), n.contestId(), n.nominee(), n.nomineeName(),
                        n.nomineeMember(), n.nominatedBy(), n.status())).toList());
    }
}
