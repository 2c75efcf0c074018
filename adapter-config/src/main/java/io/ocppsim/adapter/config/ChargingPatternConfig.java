package io.ocppsim.adapter.config;

import io.ocppsim.domain.physics.ChargingPattern;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code [simulator.charging_pattern]}, or one connector's table beneath it: the shape of the EV's
 * power demand over a session. Holds every key as written, also those its {@link #type()} does
 * not use, so that a file reads back as it was; {@link #toChargingPattern()} takes the ones it
 * needs. The constructor checks each value by its own rule and then the pattern by the domain's,
 * naming the key of a refused value.
 *
 * @param type constant, tapered or variable
 * @param taperStartSoc tapered: the state of charge in percent where the power starts to fall, 0 to 100
 * @param taperFloor tapered: the share of the power still drawn at the target, above 0 up to 1
 * @param setPoint variable: the centre of the variation, as a share of the power, 0 to 1
 * @param amplitude variable: how far the power varies either way, as a share of it, 0 to 1
 */
public record ChargingPatternConfig(Type type, double taperStartSoc, double taperFloor, double setPoint,
        double amplitude) {

    /** The key each field of the domain value comes from. */
    private static final Map<String, String> KEY_BY_FIELD = Map.of(
            "thresholdSocPercent", ConfigKey.TAPER_START_SOC.dotted(),
            "floorFraction", ConfigKey.TAPER_FLOOR.dotted(),
            "setPointFraction", ConfigKey.SET_POINT.dotted(),
            "amplitudeFraction", ConfigKey.AMPLITUDE.dotted());

    /** A constant draw; the other keys at the defaults they have when a type uses them. */
    public static final ChargingPatternConfig DEFAULTS = new ChargingPatternConfig(Type.CONSTANT, 60.0,
            ChargingPattern.Tapered.DEFAULT_FLOOR_FRACTION, 0.8, 0.15);

    /** The kinds of pattern, written in lower case ({@code "tapered"}). */
    public enum Type {
        /** Always the full power the EV may draw. */
        CONSTANT,
        /** Full power up to {@code taper_start_soc}, then falling to {@code taper_floor} at the target (CC-CV). */
        TAPERED,
        /** Varies at random around {@code set_point}, by up to {@code amplitude} either way. */
        VARIABLE;

        /** The name in {@code simulator.toml}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChargingPatternConfig {
        ConfigRules.required(ConfigKey.PATTERN_TYPE, type);
        taperStartSoc = ConfigRules.taperStartSoc(taperStartSoc);
        taperFloor = ConfigRules.taperFloor(taperFloor);
        setPoint = ConfigRules.setPoint(setPoint);
        amplitude = ConfigRules.amplitude(amplitude);
        chargingPattern(type, taperStartSoc, taperFloor, setPoint, amplitude);
    }

    /** The same values as another type. */
    public ChargingPatternConfig withType(Type value) {
        return new ChargingPatternConfig(value, taperStartSoc, taperFloor, setPoint, amplitude);
    }

    /** The domain's view: only the keys of {@link #type()} count. */
    public ChargingPattern toChargingPattern() {
        return chargingPattern(type, taperStartSoc, taperFloor, setPoint, amplitude);
    }

    private static ChargingPattern chargingPattern(Type type, double taperStartSoc, double taperFloor,
            double setPoint, double amplitude) {
        Objects.requireNonNull(type, "type");
        return ConfigRules.fromDomain(ConfigSection.CHARGING_PATTERN, KEY_BY_FIELD, () -> switch (type) {
            case CONSTANT -> ChargingPattern.constant();
            case TAPERED -> new ChargingPattern.Tapered(taperStartSoc, taperFloor);
            case VARIABLE -> new ChargingPattern.Variable(setPoint, amplitude);
        });
    }
}
