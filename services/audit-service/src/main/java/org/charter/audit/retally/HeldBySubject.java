package org.charter.audit.retally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.audit.replay.History;

/**
 * A source that cannot read in subject order (the topics) made one that can: each context asked
 * by subject is read once and its events held by stream. What re-tally costs in memory there; the
 * ledger reads in subject order and is never wrapped.
 */
final class HeldBySubject implements History {

    private final History source;
    private final Map<String, TreeMap<String, List<HistoricalEvent>>> held = new HashMap<>();

    private HeldBySubject(History source) {
        this.source = source;
    }

    /** The source itself when it reads in subject order, else the source held. */
    static History of(History source) {
        return source.readsBySubject() ? source : new HeldBySubject(source);
    }

    @Override
    public Stream<HistoricalEvent> all(String context) {
        return source.all(context);
    }

    @Override
    public Stream<HistoricalEvent> bySubject(String context, String prefix) {
        TreeMap<String, List<HistoricalEvent>> streams = held.computeIfAbsent(context, this::gather);
        return streams.subMap(prefix, prefix + Character.MAX_VALUE).values().stream().flatMap(List::stream);
    }

    @Override
    public boolean readsBySubject() {
        return true;
    }

    private TreeMap<String, List<HistoricalEvent>> gather(String context) {
        TreeMap<String, List<HistoricalEvent>> streams = new TreeMap<>();
        try (Stream<HistoricalEvent> all = source.all(context)) {
            all.filter(e -> e.subject() != null).forEach(e -> streams.computeIfAbsent(e.subject(), s -> new ArrayList<>()).add(e));
        }
        return streams;
    }
}
