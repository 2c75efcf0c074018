package io.ocppsim.domain.configuration;

import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.meter.Measurand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The rules of each {@link ValueType}: checks a value given for a key and turns it into the form
 * {@link OcppConfiguration} stores, and reads the stored form of the list types back. Every refusal
 * is an {@link InvalidValueException} whose field is the key name and whose reason says what is
 * wrong; a refused AuthorizationKey is never echoed.
 */
final class ConfigurationValues {

    /** OCPP's limit for a configuration value (CiString500), in both directions. */
    static final int MAX_VALUE_LENGTH = 500;
    static final int AUTHORIZATION_KEY_MIN_LENGTH = 8;
    static final int AUTHORIZATION_KEY_MAX_LENGTH = 40;

    private static final String CURRENT = "Current";
    private static final String POWER = "Power";
    private static final int QUOTE_LIMIT = 40;
    private static final Map<String, Measurand> MEASURANDS = new HashMap<>();

    static {
        for (Measurand measurand : Measurand.values()) {
            MEASURANDS.put(measurand.label(), measurand);
        }
    }

    private ConfigurationValues() {
    }

    /**
     * The stored form of {@code value} for {@code key}, or an {@link InvalidValueException} naming the
     * key.
     *
     * @param connectorCount the charge point's physical connectors, for ConnectorPhaseRotation
     * @param limits the current value of an integer key, for the {@code ...MaxLength} bounds of lists
     */
    static String normalise(ConfigurationKey key, String value, int connectorCount,
            ToIntFunction<ConfigurationKey> limits) {
        String field = key.keyName();
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new InvalidValueException(field,
                    "must be at most " + MAX_VALUE_LENGTH + " characters, was " + value.length());
        }
        return switch (key.type()) {
            case BOOLEAN -> bool(field, value);
            case INTEGER -> integer(key, value);
            case STRING -> key.writeOnly() ? secret(field, value) : freeText(field, value);
            case MEASURAND_LIST -> measurandList(key, value, limits);
            case PROFILE_LIST -> profileList(key, value, limits);
            case RATE_UNIT_LIST -> rateUnits(field, value);
            case PHASE_ROTATION -> phaseRotation(key, value, connectorCount, limits);
        };
    }

    /** The measurands of a stored MEASURAND_LIST value, in their order. */
    static List<Measurand> measurands(String stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(MEASURANDS::get).toList();
    }

    /** The rotations of a stored PHASE_ROTATION value, by connector. */
    static Map<ConnectorId, PhaseRotation> phaseRotations(String stored) {
        Map<ConnectorId, PhaseRotation> rotations = new TreeMap<>();
        for (String item : stored.split(",")) {
            int dot = item.indexOf('.');
            rotations.put(ConnectorId.of(Integer.parseInt(item.substring(0, dot))),
                    PhaseRotation.valueOf(item.substring(dot + 1)));
        }
        return Collections.unmodifiableMap(rotations);
    }

    /** The stored form of a feature profile set: the names in declaration order. */
    static String profileNames(Set<FeatureProfile> profiles) {
        return EnumSet.copyOf(profiles).stream().map(FeatureProfile::name).collect(Collectors.joining(","));
    }

    private static String bool(String field, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return value.toLowerCase(Locale.ROOT);
        }
        throw new InvalidValueException(field, "must be true or false, was " + quote(value));
    }

    private static String integer(ConfigurationKey key, String value) {
        String field = key.keyName();
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException(field,
                    "must be a whole number in decimal digits, without sign or blanks, was " + quote(value));
        }
        String digits = value.replaceFirst("^0+(?=.)", "");
        long number = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (number > Integer.MAX_VALUE) {
            throw new InvalidValueException(field, "must be at most " + Integer.MAX_VALUE + ", was " + quote(value));
        }
        if (number < key.minimum() || number > key.maximum()) {
            String range = key.maximum() == Integer.MAX_VALUE
                    ? "at least " + key.minimum()
                    : "between " + key.minimum() + " and " + key.maximum();
            throw new InvalidValueException(field, "must be " + range + ", was " + number);
        }
        return Long.toString(number);
    }

    private static String secret(String field, String value) {
        if (value.length() < AUTHORIZATION_KEY_MIN_LENGTH || value.length() > AUTHORIZATION_KEY_MAX_LENGTH) {
            throw new InvalidValueException(field, "must be " + AUTHORIZATION_KEY_MIN_LENGTH + " to "
                    + AUTHORIZATION_KEY_MAX_LENGTH + " characters, was " + value.length());
        }
        if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new InvalidValueException(field, "must be printable ASCII");
        }
        return value;
    }

    private static String freeText(String field, String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, "must not contain control characters");
        }
        return value;
    }

    private static String measurandList(ConfigurationKey key, String value, ToIntFunction<ConfigurationKey> limits) {
        String field = key.keyName();
        if (value.isBlank()) {
            return "";
        }
        List<String> items = items(field, value);
        Set<Measurand> seen = EnumSet.noneOf(Measurand.class);
        for (String item : items) {
            Measurand measurand = MEASURANDS.get(item);
            if (measurand == null) {
                throw new InvalidValueException(field, quote(item) + " is not an OCPP 1.6 measurand");
            }
            if (!measurand.isMeasured()) {
                throw new InvalidValueException(field, quote(item) + " is not measured by this charge point");
            }
            if (!seen.add(measurand)) {
                throw new InvalidValueException(field, "lists " + item + " twice");
            }
        }
        checkCount(key, items.size(), limits);
        return String.join(",", items);
    }

    private static String profileList(ConfigurationKey key, String value, ToIntFunction<ConfigurationKey> limits) {
        String field = key.keyName();
        List<String> items = items(field, value);
        Set<FeatureProfile> seen = EnumSet.noneOf(FeatureProfile.class);
        for (String item : items) {
            FeatureProfile profile = FeatureProfile.fromWire(item).orElseThrow(
                    () -> new InvalidValueException(field, quote(item) + " is not a feature profile"));
            if (!seen.add(profile)) {
                throw new InvalidValueException(field, "lists " + item + " twice");
            }
        }
        if (!seen.contains(FeatureProfile.Core)) {
            throw new InvalidValueException(field, "must contain Core");
        }
        checkCount(key, items.size(), limits);
        return String.join(",", items);
    }

    private static String rateUnits(String field, String value) {
        List<String> items = items(field, value);
        Set<String> seen = new HashSet<>();
        for (String item : items) {
            if (!item.equals(CURRENT) && !item.equals(POWER)) {
                throw new InvalidValueException(field, quote(item) + " is not a charging rate unit (Current, Power)");
            }
            if (!seen.add(item)) {
                throw new InvalidValueException(field, "lists " + item + " twice");
            }
        }
        return seen.size() == 2 ? CURRENT + "," + POWER : items.get(0);
    }

    private static String phaseRotation(ConfigurationKey key, String value, int connectorCount,
            ToIntFunction<ConfigurationKey> limits) {
        String field = key.keyName();
        if (value.isBlank()) {
            throw new InvalidValueException(field, "must list at least one connector");
        }
        Map<Integer, PhaseRotation> rotations = new LinkedHashMap<>();
        for (String item : items(field, value)) {
            int dot = item.indexOf('.');
            String id = dot < 0 ? "" : item.substring(0, dot);
            String rotationName = dot < 0 ? "" : item.substring(dot + 1);
            if (id.isEmpty() || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new InvalidValueException(field, quote(item) + " is not <connectorId>.<rotation>");
            }
            String digits = id.replaceFirst("^0+(?=.)", "");
            int connector = digits.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(digits);
            if (connector > connectorCount) {
                throw new InvalidValueException(field, "names connector " + digits
                        + ", but the charge point has connectors 0 to " + connectorCount);
            }
            PhaseRotation rotation = Arrays.stream(PhaseRotation.values())
                    .filter(r -> r.name().equals(rotationName)).findFirst()
                    .orElseThrow(() -> new InvalidValueException(field, quote(rotationName)
                            + " is not a phase rotation " + Arrays.toString(PhaseRotation.values())));
            if (rotations.put(connector, rotation) != null) {
                throw new InvalidValueException(field, "lists connector " + connector + " twice");
            }
        }
        checkCount(key, rotations.size(), limits);
        return rotations.entrySet().stream().map(e -> e.getKey() + "." + e.getValue().name())
                .collect(Collectors.joining(","));
    }

    /** The trimmed items of a comma-separated list; none may be empty. */
    private static List<String> items(String field, String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                throw new InvalidValueException(field, "must be a comma-separated list without empty items, was "
                        + quote(value));
            }
            items.add(trimmed);
        }
        return items;
    }

    private static void checkCount(ConfigurationKey key, int count, ToIntFunction<ConfigurationKey> limits) {
        ConfigurationKey maxLengthKey = key.maxLengthKey().orElseThrow();
        int max = limits.applyAsInt(maxLengthKey);
        if (count > max) {
            throw new InvalidValueException(key.keyName(),
                    "may list at most " + max + " items (" + maxLengthKey.keyName() + "), was " + count);
        }
    }

    /** The value for a reason: quoted, cut short, control characters shown as {@code ?}. */
    private static String quote(String value) {
        String shown = value.length() > QUOTE_LIMIT ? value.substring(0, QUOTE_LIMIT) + "..." : value;
        return "'" + shown.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "'";
    }
}
