package org.charter.election.position.adapter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.charter.membershiproll.member.RepresentativeRole;
import org.charter.election.position.Periods;
import org.charter.election.position.Position;
import org.charter.election.position.Positions;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code charter.election.*} of election.yml: positions, the cycle's default periods, the counting option. */
@ConfigurationProperties("charter.election")
public class ElectionSettings {

    private int maxSeatsPerMember = 1;
    private String singleSeatMethod = "IRV";
    private Duration tick = Duration.ofSeconds(5);
    private PeriodSettings periods = new PeriodSettings();
    private List<PositionSettings> positions = new ArrayList<>();

    public Positions positions() {
        return new Positions(positions.stream().map(PositionSettings::position).toList(), maxSeatsPerMember);
    }

    public Periods defaultPeriods() {
        return new Periods(periods.nominationsOpen, periods.nominationsClose, periods.acceptance, periods.slate,
                periods.ballot, periods.reopening, periods.certification);
    }

    public int getMaxSeatsPerMember() {
        return maxSeatsPerMember;
    }

    public void setMaxSeatsPerMember(int maxSeatsPerMember) {
        this.maxSeatsPerMember = maxSeatsPerMember;
    }

    public String getSingleSeatMethod() {
        return singleSeatMethod;
    }

    public void setSingleSeatMethod(String singleSeatMethod) {
        this.singleSeatMethod = singleSeatMethod;
    }

    public Duration getTick() {
        return tick;
    }

    public void setTick(Duration tick) {
        this.tick = tick;
    }

    public PeriodSettings getPeriods() {
        return periods;
    }

    public void setPeriods(PeriodSettings periods) {
        this.periods = periods;
    }

    public List<PositionSettings> getPositions() {
        return positions;
    }

    public void setPositions(List<PositionSettings> positions) {
        this.positions = positions;
    }

    public static class PeriodSettings {
        private Duration nominationsOpen = Periods.DEFAULTS.nominationsOpen();
        private Duration nominationsClose = Periods.DEFAULTS.nominationsClose();
        private Duration acceptance = Periods.DEFAULTS.acceptance();
        private Duration slate = Periods.DEFAULTS.slate();
        private Duration ballot = Periods.DEFAULTS.ballot();
        private Duration reopening = Periods.DEFAULTS.reopening();
        private Duration certification = Periods.DEFAULTS.certification();

        public Duration getNominationsOpen() {
            return nominationsOpen;
        }

        public void setNominationsOpen(Duration nominationsOpen) {
            this.nominationsOpen = nominationsOpen;
        }

        public Duration getNominationsClose() {
            return nominationsClose;
        }

        public void setNominationsClose(Duration nominationsClose) {
            this.nominationsClose = nominationsClose;
        }

        public Duration getAcceptance() {
            return acceptance;
        }

        public void setAcceptance(Duration acceptance) {
            this.acceptance = acceptance;
        }

        public Duration getSlate() {
            return slate;
        }

        public void setSlate(Duration slate) {
            this.slate = slate;
        }

        public Duration getBallot() {
            return ballot;
        }

        public void setBallot(Duration ballot) {
            this.ballot = ballot;
        }

        public Duration getReopening() {
            return reopening;
        }

        public void setReopening(Duration reopening) {
            this.reopening = reopening;
        }

        public Duration getCertification() {
            return certification;
        }

        public void setCertification(Duration certification) {
            this.certification = certification;
        }
    }

    public static class PositionSettings {
        private String name;
        private int seats = 1;
        private int termYears = 1;
        private Set<RepresentativeRole> eligible = Set.of();
        private String succeedsFrom;
        private Position.ElectionCycle cycle = Position.ElectionCycle.EVERY_YEAR;
        private int seatsPerElection;

        Position position() {
            return new Position(name, seats, eligible, termYears, succeedsFrom, cycle, seatsPerElection);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getSeats() {
            return seats;
        }

        public void setSeats(int seats) {
            this.seats = seats;
        }

        public int getTermYears() {
            return termYears;
        }

        public void setTermYears(int termYears) {
            this.termYears = termYears;
        }

        public Set<RepresentativeRole> getEligible() {
            return eligible;
        }

        public void setEligible(Set<RepresentativeRole> eligible) {
            this.eligible = eligible;
        }

        public String getSucceedsFrom() {
            return succeedsFrom;
        }

        public void setSucceedsFrom(String succeedsFrom) {
            this.succeedsFrom = succeedsFrom;
        }

        public Position.ElectionCycle getCycle() {
            return cycle;
        }

        public void setCycle(Position.ElectionCycle cycle) {
            this.cycle = cycle;
        }

        public int getSeatsPerElection() {
            return seatsPerElection;
        }

        public void setSeatsPerElection(int seatsPerElection) {
            this.seatsPerElection = seatsPerElection;
        }
    }
}
