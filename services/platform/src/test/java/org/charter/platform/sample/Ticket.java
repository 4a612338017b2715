package org.charter.platform.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.error.Conflict;

/** A sample aggregate for the platform's own tests: a ticket that is opened, commented and closed. */
public final class Ticket implements EventSourced<TicketEvent> {

    public static final AggregateKind<String, Ticket, TicketEvent> KIND =
            AggregateKind.of("ticket", TicketEvent.class, (String id) -> id, Ticket::replay);

    /** The same kind, snapshotted every two events. */
    public static final AggregateKind<String, Ticket, TicketEvent> SNAPSHOTTED =
            KIND.withSnapshots(2, Saved.class, Ticket::save, Ticket::restore);

    private final String id;
    private String title;
    private final List<String> comments = new ArrayList<>();
    private boolean closed;
    private long version;

    private Ticket(String id) {
        this.id = id;
    }

    public static List<TicketEvent> open(String id, String title, Instant at) {
        return List.of(new TicketOpened(id, title, at));
    }

    public static Ticket replay(List<TicketEvent> events) {
        Ticket ticket = new Ticket(events.get(0).ticketId());
        events.forEach(ticket::apply);
        return ticket;
    }

    public List<TicketEvent> comment(String... texts) {
        requireOpen();
        return java.util.Arrays.stream(texts).map(text -> (TicketEvent) new TicketCommented(id, text)).toList();
    }

    public List<TicketEvent> close(String reason) {
        requireOpen();
        return List.of(new TicketClosed(id, reason));
    }

    @Override
    public void apply(TicketEvent event) {
        if (event instanceof TicketOpened opened) {
            title = opened.title();
        } else if (event instanceof TicketCommented commented) {
            comments.add(commented.text());
        } else if (event instanceof TicketClosed) {
            closed = true;
        }
        version++;
    }

    @Override
    public long version() {
        return version;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<String> comments() {
        return List.copyOf(comments);
    }

    public boolean closed() {
        return closed;
    }

    private void requireOpen() {
        if (closed) {
            throw new Conflict("TICKET_CLOSED", "ticket " + id + " is closed", version);
        }
    }

    /** A ticket as a snapshot. */
    public record Saved(String id, String title, List<String> comments, boolean closed, long version) {
    }

    private static Saved save(Ticket ticket) {
        return new Saved(ticket.id, ticket.title, ticket.comments(), ticket.closed, ticket.version);
    }

    private static Ticket restore(Saved saved) {
        Ticket ticket = new Ticket(saved.id());
        ticket.title = saved.title();
        ticket.comments.addAll(saved.comments());
        ticket.closed = saved.closed();
        ticket.version = saved.version();
        return ticket;
    }
}
