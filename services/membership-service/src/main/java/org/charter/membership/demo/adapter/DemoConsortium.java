package org.charter.membership.demo.adapter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.charter.membership.collaborative.Collaborative;
import org.charter.membership.collaborative.CollaborativeId;
import org.charter.membership.collaborative.Collaboratives;
import org.charter.membership.collaborative.EnrollingMembers;
import org.charter.membership.collaborative.ProgramYear;
import org.charter.membership.member.ChangingStandings;
import org.charter.membership.member.DecisionRef;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberId;
import org.charter.membership.member.MemberKind;
import org.charter.membership.member.Members;
import org.charter.membership.member.RegisteringMembers;
import org.charter.membership.member.RegisteringMembers.RegisterMember;
import org.charter.membership.member.Ruling;
import org.charter.membership.member.Tier;
import org.charter.membership.representative.AppointingRepresentatives;
import org.charter.membership.representative.ContactDetails;
import org.charter.membership.representative.Contacts;
import org.charter.membership.representative.PersonClaims;
import org.charter.membership.representative.Person;
import org.charter.membership.representative.PersonToAppoint;
import org.charter.membership.representative.RepresentativeRole;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.EventTypes;
import org.charter.platform.eventstore.HeldBackAppends;
import org.charter.platform.readmodel.DocumentReadModel;
import org.charter.platform.readmodel.HeldBackWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo consortium (about 25 members across every tier and kind, with representatives,
 * delegates, alternates and two collaboratives), loaded when {@code charter.demo.enabled=true}
 * through the very use cases the API calls, as the secretary {@code demo-loader}: the demo is
 * history like any other. A member or collaborative whose stream exists is left alone, so a
 * restart loads nothing twice.
 * <p>
 * Every write waits for the store's force to disk, so the commands play in memory first: their
 * appends ({@link HeldBackAppends}), the contact details and the directories' writes are held back,
 * and at the end each person's details, each stream's events (one commit per stream instead of one
 * per command: ~30 writes instead of ~230) and each member's last state are written once, side by
 * side, so concurrent writes share their forces. Contact details go first, so no appointment is on
 * record without them. The service reports healthy only after its runners, so nobody reads the
 * directories half-written.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "charter.demo.enabled", havingValue = "true")
class DemoConsortium implements ApplicationRunner {

    static final Actor LOADER = new Actor("demo-loader", "secretary", null);

    private static final Logger log = LoggerFactory.getLogger(DemoConsortium.class);
    /** Writers side by side at the end: each waits mostly for a force to disk, and concurrent writes share one. */
    private static final int LOADERS = 25;

    private static final String[] FIRST = {"Dana", "Jordan", "Casey", "Morgan", "Riley", "Avery", "Quinn", "Harper",
            "Rowan", "Emerson", "Reese", "Sawyer", "Kendall", "Parker", "Hayden", "Blake", "Cameron", "Drew", "Elliot",
            "Finley", "Jamie", "Logan", "Skyler", "Taylor"};
    private static final String[] LAST = {"Whitfield", "Ellis", "Morgan", "Nakamura", "Okafor", "Delgado", "Brennan",
            "Castillo", "Haddad", "Lindqvist", "Mbeki", "Novak", "Petrov", "Quintero", "Ramires", "Sato", "Tanaka",
            "Underwood", "Vasquez", "Whitaker", "Yazzie", "Zhang", "Abernathy", "Begay"};

    private final RegisteringMembers registering;
    private final ChangingStandings standings;
    private final AppointingRepresentatives appointing;
    private final EnrollingMembers enrolling;
    private final Members members;
    private final Collaboratives collaboratives;
    private final HeldBackWrites<Member> memberDirectory;
    private final HeldBackWrites<Collaborative> collaborativeDirectory;
    private final HeldBackAppends appends;
    private final HeldBackContacts contacts;
    private final Clock clock;
    private int names;

    DemoConsortium(EventStreams streams, EventTypes types, Contacts contacts, List<DocumentReadModel<?>> readModels,
                   Clock clock) {
        this.memberDirectory = readModelOf(Member.KIND, readModels).heldBack();
        this.collaborativeDirectory = readModelOf(Collaborative.KIND, readModels).heldBack();
        this.appends = new HeldBackAppends(streams.store(), types, clock);
        this.contacts = new HeldBackContacts(contacts);
        // no snapshots while held back: a snapshot must never be ahead of what the store has
        EventStreams heldBack = EventStreams.of(appends);
        this.members = new Members(heldBack, List.of(memberDirectory));
        this.collaboratives = new Collaboratives(heldBack, List.of(collaborativeDirectory));
        this.registering = new RegisteringMembers(members, clock);
        this.standings = new ChangingStandings(members, clock);
        this.appointing = new AppointingRepresentatives(members, new PersonClaims(heldBack), this.contacts, clock);
        this.enrolling = new EnrollingMembers(collaboratives, members, clock);
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    private static <A extends EventSourced<?>> DocumentReadModel<A> readModelOf(AggregateKind<?, A, ?> kind,
                                                                                List<DocumentReadModel<?>> readModels) {
        return readModels.stream().filter(readModel -> readModel.kind() == kind).map(readModel -> (DocumentReadModel<A>) readModel)
                .findFirst().orElseThrow(() -> new IllegalStateException("no read model of " + kind.name()));
    }

    @Override
    public void run(ApplicationArguments args) {
        long began = System.nanoTime();
        List<DemoMember> consortium = consortium();
        List<DemoMember> absent = consortium.stream().filter(m -> !members.exists(MemberId.of(m.id()))).toList();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS,
                work -> new Thread(work, "demo-loader-" + threads.incrementAndGet()));
        try {
            List<String> loaded = loadSideBySide(absent, loaders);
            loadCollaboratives(loaders);
            long played = System.nanoTime();
            int people = contacts.writeAll(loaders);
            int streamsWritten = appends.writeAll(loaders);
            int written = memberDirectory.writeAll(loaders) + collaborativeDirectory.writeAll(loaders);
            log.info("demo consortium: {} members loaded now ({}), {} already there; {} streams, {} contact details and {} directory"
                            + " entries written; in {} ms ({} ms to play the commands in memory)",
                    loaded.size(), loaded, consortium.size() - loaded.size(), streamsWritten, people, written,
                    (System.nanoTime() - began) / 1_000_000, (played - began) / 1_000_000);
        } finally {
            loaders.shutdownNow();
        }
    }

    /**
     * Each member is its own streams, so members load side by side (in memory: only the first load
     * of a stream asks the store). The collaboratives enrol members, so they come after.
     */
    private static List<String> loadSideBySide(List<DemoMember> absent, ExecutorService loaders) {
        List<Future<?>> loads = new ArrayList<>();
        for (DemoMember member : absent) {
            loads.add(loaders.submit(member.load()));
        }
        for (Future<?> load : loads) {
            awaitLoaded(load);
        }
        return absent.stream().map(DemoMember::id).toList();
    }

    private static void awaitLoaded(Future<?> load) {
        try {
            load.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("loading the demo consortium failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo consortium", e);
        }
    }

    private record DemoMember(String id, Runnable load) {
    }

    private List<DemoMember> consortium() {
        names = 0;
        List<DemoMember> all = new ArrayList<>();
        governing(all, "CA", "California", MemberKind.STATE, 2014, 2, 2);
        governing(all, "CT", "Connecticut", MemberKind.STATE, 2014, 1, 1);
        governing(all, "DE", "Delaware", MemberKind.STATE, 2014, 1, 2);
        governing(all, "HI", "Hawaii", MemberKind.STATE, 2014, 2, 1);
        governing(all, "ID", "Idaho", MemberKind.STATE, 2014, 1, 1);
        governing(all, "MI", "Michigan", MemberKind.STATE, 2014, 3, 2);
        governing(all, "MT", "Montana", MemberKind.STATE, 2014, 1, 0);
        governing(all, "NV", "Nevada", MemberKind.STATE, 2014, 1, 1);
        governing(all, "OR", "Oregon", MemberKind.STATE, 2014, 2, 2);
        governing(all, "WA", "Washington", MemberKind.STATE, 2014, 2, 2);
        governing(all, "VT", "Vermont", MemberKind.STATE, 2014, 1, 1);
        governing(all, "SD", "South Dakota", MemberKind.STATE, 2014, 1, 1);
        governing(all, "USVI", "U.S. Virgin Islands", MemberKind.TERRITORY, 2014, 1, 1);
        governing(all, "BIE", "Bureau of Indian Education", MemberKind.FEDERAL_AGENCY, 2015, 0, 1);
        affiliate(all, "ND", "North Dakota", MemberKind.STATE, 2016, 1);
        affiliate(all, "WY", "Wyoming", MemberKind.STATE, 2024, 1);
        affiliate(all, "AS", "American Samoa", MemberKind.TERRITORY, 2017, 0);
        affiliate(all, "MP", "Northern Mariana Islands", MemberKind.TERRITORY, 2017, 0);
        affiliate(all, "DODEA", "Department of Defense Education Activity", MemberKind.FEDERAL_AGENCY, 2018, 0);
        affiliate(all, "UCLA-CRESST", "UCLA CRESST", MemberKind.ORGANISATION, 2019, 0);
        licensee(all, "NWL", "Northwind Learning", 2019);
        licensee(all, "PTS", "Pacific Testing Services", 2021);
        withdrawnGoverning(all, "NH", "New Hampshire");
        withdrawnAffiliate(all, "ME", "Maine");
        applicant(all, "GU", "Guam", MemberKind.TERRITORY, Tier.GOVERNING);
        return all;
    }

    // ---------------------------------------------------------------- the members

    private void governing(List<DemoMember> all, String id, String name, MemberKind kind, int year, int heLeads,
                           int alternates) {
        int first = names;
        names += 5;
        all.add(new DemoMember(id, () -> {
            MemberId member = MemberId.of(id);
            Instant admitted = admit(member, name, kind, Tier.GOVERNING, year);
            Instant appointed = admitted.plus(Duration.ofDays(30));
            k12Lead(member, first, appointed);
            for (int i = 1; i <= heLeads; i++) {
                appointing.appointRepresentative(member, RepresentativeRole.HIGHER_EDUCATION_LEAD,
                        person(id, "he" + i, first + i), notice(id, appointed), context());
            }
            delegate(member, "delegate", first + 1, appointed);
            if (alternates > 0) {
                List<PersonToAppoint> list = new ArrayList<>();
                for (int i = 1; i <= alternates; i++) {
                    list.add(person(id, "alt" + i, first + 1 + i));
                }
                appointing.appointAlternates(member, list, notice(id, appointed), context());
            }
            afterwards(member, id, first);
        }));
    }

    /** The stories that make the history interesting: a delegate handed over, a suspension, a pending withdrawal. */
    private void afterwards(MemberId member, String id, int first) {
        Instant now = clock.instant();
        switch (id) {
            case "CA", "WA" -> delegate(member, "delegate2", first + 4, instant(2023, 7, 1));
            case "SD" -> standings.suspend(member, "FY2026 member fees unpaid",
                    new Ruling(instant(2025, 9, 10), instant(2025, 10, 1), DecisionRef.poll("poll-2025-031")), context());
            case "VT" -> {
                ProgramYear next = ProgramYear.containing(now).next();
                standings.withdraw(member, new Ruling(now.minus(Duration.ofDays(3)), next.startsAt(),
                        DecisionRef.notice("Vermont AOE letter of withdrawal")), context());
            }
            default -> {
            }
        }
    }

    private void affiliate(List<DemoMember> all, String id, String name, MemberKind kind, int year, int heLeads) {
        int first = names;
        names += 5;
        all.add(new DemoMember(id, () -> {
            MemberId member = MemberId.of(id);
            Instant admitted = admit(member, name, kind, Tier.AFFILIATE, year);
            if (kind != MemberKind.ORGANISATION) {
                k12Lead(member, first, admitted.plus(Duration.ofDays(30)));
            }
            for (int i = 1; i <= heLeads; i++) {
                appointing.appointRepresentative(member, RepresentativeRole.HIGHER_EDUCATION_LEAD, person(id, "he" + i, first + i),
                        notice(id, admitted.plus(Duration.ofDays(30))), context());
            }
            if (id.equals("ND")) {
                Instant promoted = instant(2022, 7, 1);
                standings.changeTier(member, Tier.GOVERNING,
                        new Ruling(instant(2022, 5, 12), promoted, DecisionRef.poll("poll-2022-009")), context());
                delegate(member, "delegate", first + 2, promoted);
            }
        }));
    }

    private void licensee(List<DemoMember> all, String id, String name, int year) {
        all.add(new DemoMember(id, () -> admit(MemberId.of(id), name, MemberKind.ORGANISATION, Tier.LICENSEE, year)));
    }

    private void withdrawnGoverning(List<DemoMember> all, String id, String name) {
        int first = names;
        names += 5;
        all.add(new DemoMember(id, () -> {
            MemberId member = MemberId.of(id);
            Instant admitted = admit(member, name, MemberKind.STATE, Tier.GOVERNING, 2014);
            k12Lead(member, first, admitted.plus(Duration.ofDays(30)));
            delegate(member, "delegate", first + 1, admitted.plus(Duration.ofDays(30)));
            standings.withdraw(member, new Ruling(instant(2016, 1, 20), instant(2016, 7, 1),
                    DecisionRef.notice("New Hampshire DOE notice of 2016-01-20")), context());
        }));
    }

    private void withdrawnAffiliate(List<DemoMember> all, String id, String name) {
        all.add(new DemoMember(id, () -> {
            MemberId member = MemberId.of(id);
            admit(member, name, MemberKind.STATE, Tier.AFFILIATE, 2014);
            standings.withdraw(member, new Ruling(instant(2015, 2, 2), instant(2015, 7, 1),
                    DecisionRef.notice("Maine DOE notice of 2015-02-02")), context());
        }));
    }

    private void applicant(List<DemoMember> all, String id, String name, MemberKind kind, Tier tier) {
        all.add(new DemoMember(id, () -> registering.register(
                new RegisterMember(MemberId.of(id), name, kind, tier, instant(2025, 10, 1)), context())));
    }

    // ---------------------------------------------------------------- collaboratives

    /** The two collaboratives are two streams, so they load side by side. */
    private void loadCollaboratives(ExecutorService loaders) {
        ProgramYear current = ProgramYear.containing(clock.instant());
        Future<?> earlyChildhood = loaders.submit(() -> collaborative("early-childhood", "Early Childhood Education Collaborative",
                "States sharing early-learning assessment practice and kindergarten-entry tools",
                current, List.of("CA", "OR", "WA", "HI", "USVI"), 1_500_000));
        collaborative("assessment-literacy", "Assessment Literacy Collaborative",
                "Professional learning for teachers on formative assessment and interim results",
                current, List.of("CT", "DE", "ID", "MT", "BIE", "DODEA"), 750_000);
        awaitLoaded(earlyChildhood);
    }

    private void collaborative(String slug, String name, String description, ProgramYear year, List<String> enrolled,
                               long feeCents) {
        CollaborativeId id = CollaborativeId.of(slug);
        if (collaboratives.find(id).isPresent()) {
            return;
        }
        enrolling.create(id, name, description, context());
        int n = 0;
        for (String member : enrolled) {
            enrolling.enrol(id, MemberId.of(member), year, feeCents,
                    List.of(FIRST[(n + 5) % FIRST.length] + " " + LAST[(n + 11) % LAST.length],
                            FIRST[(n + 9) % FIRST.length] + " " + LAST[(n + 3) % LAST.length]), context());
            enrolling.enrol(id, MemberId.of(member), year.next(), feeCents, List.of(), context());
            n++;
        }
    }

    // ---------------------------------------------------------------- helpers

    private Instant admit(MemberId member, String name, MemberKind kind, Tier tier, int year) {
        registering.register(new RegisterMember(member, name, kind, tier, instant(year, 1, 15)), context());
        Instant admitted = instant(year, 3, 1);
        standings.admit(member, Ruling.immediate(admitted,
                DecisionRef.minutes("Governing Board minutes " + LocalDate.of(year, 3, 1))), context());
        return admitted;
    }

    private void k12Lead(MemberId member, int seed, Instant at) {
        appointing.appointRepresentative(member, RepresentativeRole.K12_LEAD, person(member.value(), "k12", seed), notice(member.value(), at),
                context());
    }

    private void delegate(MemberId member, String suffix, int seed, Instant at) {
        appointing.appointDelegate(member, person(member.value(), suffix, seed), notice(member.value(), at), context());
    }

    /** A person with a public name and private contact details, e.g. {@code ca-delegate}, Dana Whitfield. */
    private static PersonToAppoint person(String member, String suffix, int seed) {
        String first = FIRST[Math.floorMod(seed * 7 + member.hashCode(), FIRST.length)];
        String last = LAST[Math.floorMod(seed * 5 + member.length() * 3 + suffix.hashCode(), LAST.length)];
        String personId = member.toLowerCase(Locale.ROOT) + "-" + suffix;
        return new PersonToAppoint(Person.of(personId, first + " " + last), new ContactDetails(
                (first + "." + last).toLowerCase(Locale.ROOT) + "@" + member.toLowerCase(Locale.ROOT) + ".example.gov",
                "+1 555 01" + String.format("%02d", Math.floorMod(seed, 100))));
    }

    private static Ruling notice(String member, Instant at) {
        return Ruling.immediate(at, DecisionRef.notice(member + " appointment letter " + LocalDate.ofInstant(at, ZoneOffset.UTC)));
    }

    private static Instant instant(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(8, 0).toInstant(ZoneOffset.UTC);
    }

    private static CommandContext context() {
        return new CommandContext(LOADER, "demo-consortium", null);
    }
}
