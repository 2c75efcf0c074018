package io.ocppsim.adapter.rest.event;

import java.time.Instant;
import java.util.Map;

/**
 * A recorded simulator event.
 *
 * @param id grows with every event recorded
 * @param type the event type's label, such as {@code transaction_started}
 * @param severity debug, info, warning, error or critical
 * @param connectorId null for events of the charge point as a whole
 * @param data the details as plain values
 */
public record EventResponse(long id, Instant timestamp, String type, String severity, String chargePointId,
        Integer connectorId, String message, Map<String, Object> data) {
}
