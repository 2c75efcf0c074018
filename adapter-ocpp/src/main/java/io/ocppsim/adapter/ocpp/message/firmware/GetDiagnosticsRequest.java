package io.ocppsim.adapter.ocpp.message.firmware;

import java.time.Instant;

/**
 * GetDiagnostics.req: upload a diagnostics file to {@code location} (required, a URI). Optional:
 * how many times to try ({@code retries}) and the seconds between tries ({@code retryInterval}),
 * and the period the diagnostics should cover ({@code startTime}, {@code stopTime}).
 */
public record GetDiagnosticsRequest(String location, Integer retries, Integer retryInterval, Instant startTime,
        Instant stopTime) {
}
