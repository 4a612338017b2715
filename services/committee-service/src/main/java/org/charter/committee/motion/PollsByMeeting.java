package org.charter.committee.motion;

import java.util.List;

/** Port: the motions whose pending poll is held in a meeting (so the meeting's adjournment can close them). */
@FunctionalInterface
public interface PollsByMeeting {

    List<MotionId> withPendingPollIn(String meetingId);
}
