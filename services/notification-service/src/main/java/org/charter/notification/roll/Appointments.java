package org.charter.notification.roll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.MembershipFact;

/**
 * One member's delegate and alternates over time, as membership appointed them: each entry
 * effective from its instant until the next. An entry with no person ends the role.
 */
public record Appointments(String memberId, List<DelegateTerm> delegates, List<AlternatesTerm> alternates) {

    public record DelegateTerm(Instant effectiveAt, String personId, String name) {
    }

    public record AlternatesTerm(Instant effectiveAt, List<MembershipFact.Appointee> people) {
    }

    public Appointments {
        delegates = delegates.stream().sorted(Comparator.comparing(DelegateTerm::effectiveAt)).toList();
        alternates = alternates.stream().sorted(Comparator.comparing(AlternatesTerm::effectiveAt)).toList();
    }

    public static Appointments none(String memberId) {
        return new Appointments(memberId, List.of(), List.of());
    }

    /** The member's appointments as the service's roll keeps them. */
    public static Appointments of(MemberRecord member) {
        return new Appointments(member.id(),
                member.delegates().stream().map(d -> new DelegateTerm(d.effectiveAt(), d.personId(), d.name())).toList(),
                member.alternates().stream().map(a -> new AlternatesTerm(a.effectiveAt(), a.people())).toList());
    }

    /** The delegate first, then the alternates in order, as appointed at {@code at}. */
    public List<Recipient> recipientsAt(Instant at) {
        List<Recipient> recipients = new ArrayList<>();
        delegates.stream().filter(t -> !t.effectiveAt().isAfter(at)).reduce((a, b) -> b)
                .filter(t -> t.personId() != null)
                .ifPresent(t -> recipients.add(new Recipient(t.personId(), t.name(), memberId, Recipient.Role.DELEGATE)));
        alternates.stream().filter(t -> !t.effectiveAt().isAfter(at)).reduce((a, b) -> b)
                .ifPresent(t -> t.people().forEach(p -> recipients.add(
                        new Recipient(p.personId(), p.name(), memberId, Recipient.Role.ALTERNATE))));
        return recipients;
    }
}
