package org.charter.election.seat;

import java.time.Instant;
import java.time.LocalDate;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The facts of the Executive Committee's seats (DOMAIN.md §2.2, §5.7): who took a seat for which
 * term and why, who left and why. One stream for the whole committee.
 */
public sealed interface SeatEvent extends DomainEvent {

    String position();

    /**
     * A person took a seat for the term {@code termStart..termEnd} (local dates, inclusive).
     * {@code electionId}/{@code contestId} are set when an election filled it, {@code decision}
     * for an interim seat.
     */
    @EventType(name = "SeatTaken", version = 1)
    record SeatTaken(String position, int seat, String personId, String name, String memberId, LocalDate termStart,
                     LocalDate termEnd, Instant takenAt, SeatReason reason, String electionId, String contestId,
                     String decision) implements SeatEvent {
    }

    /**
     * The holder left the seat. Version 3: version 2 ({@link SeatVacatedV2}) had no
     * {@code RESULT_CORRECTED}, version 1 ({@link SeatVacatedV1}) no {@code REPRESENTATION_ENDED} either.
     */
    @EventType(name = "SeatVacated", version = 3)
    record SeatVacated(String position, int seat, String personId, String memberId, Instant vacatedAt,
                       VacatedReason reason) implements SeatEvent {
    }

    /** The holder left the seat, as recorded before {@code RESULT_CORRECTED} existed: never recorded any more, read as v3. */
    @EventType(name = "SeatVacated", version = 2)
    record SeatVacatedV2(String position, int seat, String personId, String memberId, Instant vacatedAt,
                         VacatedReason reason) implements SeatEvent {

        public SeatVacated asCurrent() {
            return new SeatVacated(position, seat, personId, memberId, vacatedAt, reason);
        }
    }

    /** The holder left the seat, as recorded before {@code REPRESENTATION_ENDED} existed: never recorded any more, read as v3. */
    @EventType(name = "SeatVacated", version = 1)
    record SeatVacatedV1(String position, int seat, String personId, String memberId, Instant vacatedAt,
                         VacatedReason reason) implements SeatEvent {

        public SeatVacated asCurrent() {
            return new SeatVacated(position, seat, personId, memberId, vacatedAt, reason);
        }
    }

    /**
     * A person an election put on the committee could not be seated: their member would hold more
     * than {@code maxSeatsPerMember} seats at term start, or the position had no free seat.
     */
    @EventType(name = "ElectedNotSeated", version = 1)
    record ElectedNotSeated(String position, String personId, String memberId, String electionId,
                            String contestId, String reason, String detail, Instant at) implements SeatEvent {
    }

    /**
     * A seat the year's election left empty for the term {@code termStart..termEnd}: its contest's
     * certification lapsed ({@code CERTIFICATION_LAPSED}) or it had too few candidates
     * ({@code NO_CANDIDATES}). A vacancy from {@code emptyFrom} (DOMAIN.md §5.7): a special
     * election for the remainder, an interim holder meanwhile.
     */
    @EventType(name = "SeatLeftEmpty", version = 1)
    record SeatLeftEmpty(String position, int seat, String electionId, String contestId, EmptyReason reason,
                         LocalDate termStart, LocalDate termEnd, Instant emptyFrom) implements SeatEvent {
    }

    /** Why an election left a seat empty. */
    enum EmptyReason {
        CERTIFICATION_LAPSED, NO_CANDIDATES
    }

    /** Why a seat was taken. */
    enum SeatReason {
        ELECTED, ACCLAIMED, SUCCEEDED, STEPPED_UP, INTERIM
    }

    /** Why a seat was left. */
    enum VacatedReason {
        TERM_ENDED, SUCCEEDED, STEPPED_UP, RESIGNED, MEMBER_NOT_IN_GOOD_STANDING,
        /** The holder no longer represents their member, which stays in good standing (DOMAIN.md §2.2). */
        REPRESENTATION_ENDED,
        /** A correction of the certified result (DOMAIN.md §5.6) elected someone else; the corrected winner takes the seat. */
        RESULT_CORRECTED
    }
}
