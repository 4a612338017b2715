package org.charter.platform.webapp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Records every controller execution, so tests can prove what ran and what did not. */
@Component
public class Calls {

    private final List<String> executed = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile CountDownLatch entered = new CountDownLatch(0);

    void record(String call) {
        executed.add(call);
    }

    public List<String> executed() {
        return List.copyOf(executed);
    }

    public long count(String call) {
        return executed.stream().filter(call::equals).count();
    }

    public void clear() {
        executed.clear();
    }

    /** Makes the next gated call wait until {@link #open()}. */
    public void close() {
        gate = new CountDownLatch(1);
        entered = new CountDownLatch(1);
    }

    public void open() {
        gate.countDown();
    }

    public boolean awaitEntered() throws InterruptedException {
        return entered.await(10, TimeUnit.SECONDS);
    }

    void passGate() throws InterruptedException {
        entered.countDown();
        if (!gate.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("gate never opened");
        }
    }
}
