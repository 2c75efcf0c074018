package io.ocppsim.application.port.out;

import io.ocppsim.application.event.SimulatorEvent;

/** Where simulator events go: history, live stream, logs. Must not block. */
@FunctionalInterface
public interface EventPublisherPort {

    void publish(SimulatorEvent event);
}
