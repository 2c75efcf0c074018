package io.ocppsim.adapter.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("charge_point_id", "central_system_url", "connector_count",
            "heartbeat_interval", "meter_values_interval", "port", "vendor_info", "api_config");

    @ParameterizedTest
    @CsvSource({
        "heartbeat_intervall, heartbeat_interval",
        "hearbeat_interval, heartbeat_interval",
        "heartbaet_interval, heartbeat_interval",
        "connector-count, connector_count",
        "Connector_Count, connector_count",
        "connectors_count, connector_count",
        "prot, port",
        "Port, port",
        "centrl_system_ur, central_system_url",
        "vendorinfo, vendor_info",
    })
    void suggestsCloseKeys(String typo, String expected) {
        assertThat(Suggestions.closest(typo, KEYS)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"colour", "host", "pot_", "api", "heartbeat", "url"})
    void staysQuietWhenNothingIsClose(String name) {
        assertThat(Suggestions.closest(name, KEYS)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"abc, abc, 0", "abc, acb, 1", "abc, ab, 1", "abc, abd, 1", "'', abc, 3", "kitten, sitting, 3"})
    void distanceCountsEditsAndSwaps(String a, String b, int expected) {
        assertThat(Suggestions.distance(a, b)).isEqualTo(expected);
    }
}
