package org.charter.budget.adapter;

import java.time.Instant;
import org.charter.platform.event.Actor;
import org.charter.platform.test.TopicFeed;

/**
 * Plays the committee service on {@code charter.committee.events}: a motion on a budget proposal's
 * version and its outcome, in the committee's own shapes (checked against its schemas), keyed by
 * the motion's stream as the committee's relay publishes them.
 */
final class CommitteeFeed implements AutoCloseable {

    private final TopicFeed feed = new TopicFeed("committee", Actor.SYSTEM);

    /** Proposes a motion of {@code kind} to the Governing Board on {@code proposal} version {@code version}; answers its id. */
    String motion(String kind, String proposal, int version) {
        return motionTo("GOVERNING_BOARD", kind, proposal, version);
    }

    /** Proposes a motion of {@code kind} to the Executive Committee (its review) on {@code proposal} version {@code version}. */
    String review(String kind, String proposal, int version) {
        return motionTo("EXECUTIVE_COMMITTEE", kind, proposal, version);
    }

    /** Proposes a motion of {@code kind} to {@code committee} on {@code proposal} version {@code version}. */
    String motionTo(String committee, String kind, String proposal, int version) {
        String motion = "m-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        feed.send("MotionProposed", "motion:" + motion, """
                {"motionId":"%s","title":"%s %s","text":"Adopt version %d.","kind":"%s","committee":"%s",
                 "subject":{"member":null,"tier":null,"budget":"%s","version":%d},"proposedBy":"sam.secretary",
                 "proposedAt":"%s"}""".formatted(motion, kind, proposal, version, kind, committee, proposal, version, Instant.now()));
        return motion;
    }

    void adopted(String motion, String proposal, int version) {
        feed.send("MotionAdopted", "motion:" + motion, """
                {"motionId":"%s","pollId":"%s-1","textVersion":1,"by":"FORMAL_VOTE",
                 "subject":{"member":null,"tier":null,"budget":"%s","version":%d}}""".formatted(motion, motion, proposal, version));
    }

    void rejected(String motion) {
        feed.send("MotionRejected", "motion:" + motion, """
                {"motionId":"%s","pollId":"%s-1","textVersion":1}""".formatted(motion, motion));
    }

    @Override
    public void close() {
        feed.close();
    }
}
