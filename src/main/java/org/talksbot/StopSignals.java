package org.talksbot;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Takes over SIGTERM and SIGINT (Ctrl-C) so the bot stops in its own order, before the JVM's shutdown
 * hooks run: on a plain SIGTERM those run at once and side by side, and H2's would close the database
 * under messages still being recorded. The process exits once the stop has done its work and main
 * returns. Closing gives the signals back to the JVM.
 */
final class StopSignals implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StopSignals.class);
    private static final String[] NAMES = {"TERM", "INT"};

    private final List<Runnable> restore = new ArrayList<>();

    private StopSignals() {
    }

    static StopSignals onStop(Runnable stop) {
        StopSignals signals = new StopSignals();
        for (String name : NAMES) {
            try {
                Signal signal = new Signal(name);
                SignalHandler previous = Signal.handle(signal, caught -> {
                    log.info("SIG{} received: stopping", name);
                    stop.run();
                });
                signals.restore.add(() -> Signal.handle(signal, previous));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // not on this platform (or the JVM keeps it): the shutdown hook still stops the bot
                log.debug("cannot handle SIG{}: {}", name, e.toString());
            }
        }
        return signals;
    }

    @Override
    public void close() {
        restore.forEach(Runnable::run);
    }
}
