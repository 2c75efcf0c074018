package io.ocppsim.adapter.config;

import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.RandomFaultPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code [simulator.fault_config]}: faults that come and go by themselves. Every
 * {@link #randomFaultInterval()} each connector without a fault gets one with
 * {@link #randomFaultProbability()}; its error code is drawn by the weights of
 * {@link #faultTypes()}, and it clears after a time drawn between {@link #recoveryMin()} and
 * {@link #recoveryMax()}. Every value is checked also while random faults are off.
 *
 * @param enableRandomFaults whether random faults happen at all
 * @param randomFaultProbability the chance per check and connector, 0 to 1
 * @param randomFaultInterval how often the checks run; whole seconds, 1 s to 24 h
 * @param recoveryMin the shortest time until a random fault clears; whole seconds, 0 to 24 h
 * @param recoveryMax the longest, at least {@code recoveryMin}; whole seconds, up to 24 h
 * @param faultTypes the relative weight of each error code, 0 or more and not all 0, NoError not
 *     allowed; unmodifiable, in the order given
 */
public record FaultConfig(boolean enableRandomFaults, double randomFaultProbability, Duration randomFaultInterval,
        Duration recoveryMin, Duration recoveryMax, Map<ChargePointErrorCode, Double> faultTypes) {

    /** The key each field of the domain value comes from. */
    private static final Map<String, String> KEY_BY_FIELD = Map.of(
            "probability", ConfigKey.RANDOM_FAULT_PROBABILITY.dotted(),
            "checkInterval", ConfigKey.RANDOM_FAULT_INTERVAL_SECONDS.dotted(),
            "recoveryMin", ConfigKey.RECOVERY_TIME_RANGE.dotted(),
            "recoveryMax", ConfigKey.RECOVERY_TIME_RANGE.dotted(),
            "weights", ConfigSection.FAULT_TYPES.dotted());

    /** The seed README's values, switched off. */
    public static final FaultConfig DEFAULTS = new FaultConfig(false, 0.01, Duration.ofSeconds(60),
            Duration.ofSeconds(30), Duration.ofSeconds(300), defaultFaultTypes());

    public FaultConfig {
        randomFaultProbability = ConfigRules.faultProbability(randomFaultProbability);
        randomFaultInterval = ConfigRules.faultInterval(randomFaultInterval);
        List<Duration> range = ConfigRules.recoveryTimeRange(recoveryMin, recoveryMax);
        recoveryMin = range.get(0);
        recoveryMax = range.get(1);
        faultTypes = ConfigRules.faultTypes(faultTypes);
        randomFaultPolicy(enableRandomFaults, randomFaultProbability, randomFaultInterval, recoveryMin, recoveryMax,
                faultTypes);
    }

    /** The seed README's weights: OverCurrentFailure 0.3, OverVoltage 0.2, HighTemperature 0.1. */
    private static Map<ChargePointErrorCode, Double> defaultFaultTypes() {
        Map<ChargePointErrorCode, Double> weights = new LinkedHashMap<>();
        weights.put(ChargePointErrorCode.OverCurrentFailure, 0.3);
        weights.put(ChargePointErrorCode.OverVoltage, 0.2);
        weights.put(ChargePointErrorCode.HighTemperature, 0.1);
        return weights;
    }

    public FaultConfig withEnableRandomFaults(boolean value) {
        return new FaultConfig(value, randomFaultProbability, randomFaultInterval, recoveryMin, recoveryMax,
                faultTypes);
    }

    /** The domain's view. */
    public RandomFaultPolicy toRandomFaultPolicy() {
        return randomFaultPolicy(enableRandomFaults, randomFaultProbability, randomFaultInterval, recoveryMin,
                recoveryMax, faultTypes);
    }

    private static RandomFaultPolicy randomFaultPolicy(boolean enabled, double probability, Duration interval,
            Duration recoveryMin, Duration recoveryMax, Map<ChargePointErrorCode, Double> weights) {
        return ConfigRules.fromDomain(ConfigSection.FAULT_CONFIG, KEY_BY_FIELD,
                () -> new RandomFaultPolicy(enabled, probability, interval, recoveryMin, recoveryMax, weights));
    }
}
