package org.charter.workflow.call;

/**
 * The {@code Idempotency-Key} of a command a process sends: its instance, the activity that sends
 * it and the activity's loop count, so a retried job never acts twice while round 2 never gets
 * round 1's answer back.
 */
public final class CommandKey {

    private CommandKey() {
    }

    public static String of(String processInstanceId, String activityId, int loop) {
        if (processInstanceId == null || activityId == null || loop < 1) {
            throw new IllegalArgumentException("a command key needs an instance, an activity and a loop count from 1");
        }
        return "process:" + processInstanceId + ":" + activityId + ":" + loop;
    }
}
