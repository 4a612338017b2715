package org.charter.committee.motion;

/**
 * Whether a motion's stream still ends at a version: the question a vote asks before it uses a
 * poll as read at that version ({@link OpenPolls}). It must be answered by the store as it is
 * after the question was asked, so a close or a cancellation written by any replica before the
 * vote arrived is seen.
 */
@FunctionalInterface
public interface MotionHeads {

    /** True when the motion has no commit after {@code version}. */
    boolean endsAt(MotionId id, long version);

    /** One lookup of the next commit per question ({@link Motions#version}). */
    static MotionHeads of(Motions motions) {
        return (id, version) -> motions.version(id) == version;
    }
}
