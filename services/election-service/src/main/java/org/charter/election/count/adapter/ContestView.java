package org.charter.election.count.adapter;

import java.time.Instant;
import java.util.List;
import org.charter.election.election.Election;

/** A contest as the API shows it (never a ballot): slate, window, electorate size and, once counted, the elected and the root. */
record ContestView(String id, String election, String position, int seats, String method, String status,
                   List<CandidateView> candidates, String seedSha256, Instant opensAt, Instant closesAt, Instant closedAt,
                   Integer electorate, List<String> elected, String merkleRoot, String runoffOf, String runoff,
                   Instant certifiedAt, String certifiedBy, List<StruckView> struck, Instant certificationLapsedAt,
                   CorrectionView corrected) {

    record CandidateView(String id, String name, String member, boolean withdrawn) {
    }

    /** A candidate struck at certification, no longer eligible, and why. */
    record StruckView(String id, String name, String reason) {
    }

    /** The last correction of the certified result. */
    record CorrectionView(String reason, String failedRetally, String correctedBy, Instant correctedAt) {
    }

    static ContestView of(Election.ContestView c) {
        boolean opened = c.status().ordinal() >= org.charter.election.election.ContestStatus.OPEN.ordinal();
        // names, as the count reports them; an acclaimed contest's slate is its elected candidates
        List<String> elected = c.counted() != null ? c.counted().result().elected()
                : c.candidates().stream().filter(s -> c.elected().contains(s.id())).map(s -> s.name()).toList();
        return new ContestView(c.id(), c.electionId(), c.position(), c.seats(), c.method(), c.status().name(),
                c.candidates().stream().map(s -> new CandidateView(s.id(), s.name(), s.member(), c.withdrawn().contains(s.id())))
                        .toList(),
                c.seedSha256(), c.opensAt(), c.closesAt(), c.closedAt(), opened ? c.electorate().size() : null, elected,
                c.counted() == null ? null : c.counted().merkleRoot(), c.runoffOf(), c.runoff(),
                c.certified() == null ? null : c.certified().certifiedAt(),
                c.certified() == null ? null : c.certified().certifiedBy(),
                c.struck().stream().map(x -> new StruckView(x.id(), x.name(), x.reason())).toList(),
                c.lapsed() == null ? null : c.lapsed().deadline(),
                c.corrected() == null ? null : new CorrectionView(c.corrected().reason(), c.corrected().failedRetally(),
                        c.corrected().correctedBy(), c.corrected().correctedAt()));
    }
}
