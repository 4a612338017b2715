package org.charter.devstack;

/**
 * The threads of one part of the devstack (a service's context, Kafka, MongoDB). A service's
 * context is started on a thread of its group, and every thread it creates (Tomcat's, Kafka
 * listeners', schedulers', the MongoDB driver's) inherits the group unless a factory names another,
 * so a log line can say which service wrote it, though all of them share one Logback.
 */
final class ServiceThreadGroup extends ThreadGroup {

    static final String DEVSTACK = "devstack";

    ServiceThreadGroup(String name) {
        super(name);
    }

    /** The part of the devstack the thread works for, {@value #DEVSTACK} if none in particular. */
    static String serviceOf(Thread thread) {
        for (ThreadGroup group = thread.getThreadGroup(); group != null; group = group.getParent()) {
            if (group instanceof ServiceThreadGroup service) {
                return service.getName();
            }
        }
        return DEVSTACK;
    }
}
