package io.ocppsim.adapter.config;

import io.ocppsim.domain.chargepoint.ChargePoint;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every configuration value obeys, shared by the loader (which collects the failures)
 * and the records (which throw on the first). Each rule throws a {@link ConfigValueException}
 * naming its key and returns the value as the model holds it.
 */
final class ConfigRules {

    static final int MIN_HEARTBEAT_INTERVAL = 1;
    static final int MAX_INTERVAL = 86_400;
    /** 0 asks for any free port. */
    static final int MIN_PORT = 0;
    static final int MAX_PORT = 65_535;
    static final int MAX_VENDOR_LENGTH = 20;
    static final int MAX_MODEL_LENGTH = 20;
    static final int MAX_FIRMWARE_LENGTH = 50;
    static final double MAX_CHARGING_POWER_W = 1_000_000;
    static final double MAX_VOLTAGE_V = 1_000;

    private static final int MAX_HOST_NAME_LENGTH = 253;
    private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    private ConfigRules() {
    }

    static <T> T required(ConfigKey key, T value) {
        if (value == null) {
            throw new ConfigValueException(key.dotted(), "is required");
        }
        return value;
    }

    static ChargePointId chargePointId(String value) {
        try {
            return ChargePointId.of(value);
        } catch (InvalidValueException e) {
            throw new ConfigValueException(ConfigKey.CHARGE_POINT_ID.dotted(), e.reason());
        }
    }

    /** Absent, empty or blank means "use the built-in sandbox Central System". */
    static Optional<URI> centralSystemUrl(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            String where = e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "";
            throw urlProblem("is not a valid URL (" + e.getReason() + where + "), was '" + value + "'");
        }
        return Optional.of(centralSystemUrl(uri));
    }

    static URI centralSystemUrl(URI uri) {
        String scheme = uri.getScheme();
        if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme) || uri.getHost() == null) {
            throw urlProblem("must be a ws:// or wss:// URL with a host, was '" + uri + "'");
        }
        if (uri.getPort() > MAX_PORT) {
            throw urlProblem("has port " + uri.getPort() + ", ports go up to " + MAX_PORT);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw urlProblem("must not have a query or fragment (the charge point id is appended to the path), was '"
                    + uri + "'");
        }
        return uri;
    }

    private static ConfigValueException urlProblem(String reason) {
        return new ConfigValueException(ConfigKey.CENTRAL_SYSTEM_URL.dotted(), reason);
    }

    static int connectorCount(long value) {
        return intBetween(ConfigKey.CONNECTOR_COUNT, value, 1, ChargePoint.MAX_CONNECTORS);
    }

    static Duration heartbeatInterval(long seconds) {
        return Duration.ofSeconds(secondsBetween(ConfigKey.HEARTBEAT_INTERVAL, seconds, MIN_HEARTBEAT_INTERVAL));
    }

    static Duration heartbeatInterval(Duration value) {
        return heartbeatInterval(wholeSeconds(ConfigKey.HEARTBEAT_INTERVAL, value));
    }

    static Duration meterValuesInterval(long seconds) {
        return Duration.ofSeconds(secondsBetween(ConfigKey.METER_VALUES_INTERVAL, seconds, 0));
    }

    static Duration meterValuesInterval(Duration value) {
        return meterValuesInterval(wholeSeconds(ConfigKey.METER_VALUES_INTERVAL, value));
    }

    static String chargePointVendor(String value) {
        return text(ConfigKey.CHARGE_POINT_VENDOR, value, MAX_VENDOR_LENGTH, true);
    }

    static String chargePointModel(String value) {
        return text(ConfigKey.CHARGE_POINT_MODEL, value, MAX_MODEL_LENGTH, true);
    }

    /** May be empty: the firmware version is then not reported. */
    static String firmwareVersion(String value) {
        return text(ConfigKey.FIRMWARE_VERSION, value, MAX_FIRMWARE_LENGTH, false);
    }

    /**
     * A host name (RFC 1123) or an IPv4 or IPv6 literal; an IPv6 literal may be written in
     * brackets, which are removed.
     */
    static String bindAddress(String value) {
        required(ConfigKey.BIND_ADDRESS, value);
        String host = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        boolean valid;
        if (host.contains(":")) {
            valid = isIpv6Literal(host);
        } else if (DIGITS_AND_DOTS.matcher(host).matches()) {
            valid = IPV4.matcher(host).matches();
        } else {
            valid = isHostName(host);
        }
        if (!valid) {
            throw new ConfigValueException(ConfigKey.BIND_ADDRESS.dotted(),
                    "must be a host name or an IP address, was '" + value + "'");
        }
        return host;
    }

    private static boolean isIpv6Literal(String host) {
        try {
            return new URI("http://[" + host + "]/").getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isHostName(String host) {
        if (host.isEmpty() || host.length() > MAX_HOST_NAME_LENGTH) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    static int port(long value) {
        return intBetween(ConfigKey.PORT, value, MIN_PORT, MAX_PORT);
    }

    static double maxChargingPowerW(double value) {
        return positiveUpTo(ConfigKey.MAX_CHARGING_POWER_W, value, MAX_CHARGING_POWER_W);
    }

    static double voltageV(double value) {
        return positiveUpTo(ConfigKey.VOLTAGE_V, value, MAX_VOLTAGE_V);
    }

    private static int intBetween(ConfigKey key, long value, int min, int max) {
        if (value < min || value > max) {
            throw new ConfigValueException(key.dotted(), "must be between " + min + " and " + max + ", was " + value);
        }
        return (int) value;
    }

    private static long secondsBetween(ConfigKey key, long seconds, int min) {
        if (seconds < min || seconds > MAX_INTERVAL) {
            throw new ConfigValueException(key.dotted(),
                    "must be between " + min + " and " + MAX_INTERVAL + " seconds, was " + seconds);
        }
        return seconds;
    }

    private static long wholeSeconds(ConfigKey key, Duration value) {
        required(key, value);
        if (value.getNano() != 0) {
            throw new ConfigValueException(key.dotted(), "must be a whole number of seconds, was " + value);
        }
        return value.getSeconds();
    }

    private static double positiveUpTo(ConfigKey key, double value, double max) {
        if (!(value > 0 && value <= max)) {
            throw new ConfigValueException(key.dotted(),
                    "must be greater than 0 and at most " + (long) max + ", was " + value);
        }
        return value;
    }

    private static String text(ConfigKey key, String value, int maxLength, boolean mustNotBeBlank) {
        try {
            return mustNotBeBlank ? Checks.text(key.key(), value, maxLength)
                    : Checks.optionalText(key.key(), required(key, value), maxLength);
        } catch (InvalidValueException e) {
            throw new ConfigValueException(key.dotted(), e.reason());
        }
    }
}
