package org.charter.workflow.correlation;

import java.util.List;

/**
 * Messages no process was waiting for when they arrived (too early, for an unknown motion or a
 * finished process): kept, never dropped, and offered again when a process of their motion
 * starts waiting.
 */
public interface ParkedMessages {

    /** Parks a message under the id of the event that brought it (parking it twice keeps one). */
    void park(String eventId, ProcessMessage message);

    /** The parked messages of a key (a motion, a contest), oldest first. */
    List<Parked> of(String businessKey);

    /** Keys with parked messages, at most {@code limit}. */
    List<String> businessKeys(int limit);

    void delivered(String eventId);

    record Parked(String eventId, ProcessMessage message) {
    }
}
