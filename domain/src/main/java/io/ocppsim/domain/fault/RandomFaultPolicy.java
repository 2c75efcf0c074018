package io.ocppsim.domain.fault;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Faults that come and go by themselves: every {@code checkInterval} each connector without a fault
 * gets one with {@code probability}; its error code is drawn by the {@code weights}, and it clears
 * after a time drawn uniformly from [{@code recoveryMin}, {@code recoveryMax}].
 *
 * @param enabled whether random faults happen at all
 * @param probability the chance per check and connector, 0..1
 * @param checkInterval how often the checks run (at least one second)
 * @param recoveryMin the shortest time until a random fault clears (>= 0)
 * @param recoveryMax the longest (>= recoveryMin)
 * @param weights the relative weight of each error code (>= 0, not all 0; NoError not allowed)
 */
public record RandomFaultPolicy(boolean enabled, double probability, Duration checkInterval, Duration recoveryMin,
        Duration recoveryMax, Map<ChargePointErrorCode, Double> weights) {

    /** The seed README's weights, switched off. */
    public static final RandomFaultPolicy DISABLED = new RandomFaultPolicy(false, 0.01, Duration.ofSeconds(60),
            Duration.ofSeconds(30), Duration.ofSeconds(300), Map.of(ChargePointErrorCode.OverCurrentFailure, 0.3,
                    ChargePointErrorCode.OverVoltage, 0.2, ChargePointErrorCode.HighTemperature, 0.1));

    /** A random fault to inject: its code and how long until it clears. */
    public record Draw(ChargePointErrorCode errorCode, Duration recoveryAfter) {
    }

    public RandomFaultPolicy {
        Checks.between("probability", probability, 0, 1);
        Checks.required("checkInterval", checkInterval);
        if (checkInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new InvalidValueException("checkInterval", "must be at least one second, was " + checkInterval);
        }
        Checks.required("recoveryMin", recoveryMin);
        Checks.required("recoveryMax", recoveryMax);
        if (recoveryMin.isNegative()) {
            throw new InvalidValueException("recoveryMin", "must not be negative, was " + recoveryMin);
        }
        if (recoveryMax.compareTo(recoveryMin) < 0) {
            throw new InvalidValueException("recoveryMax", "must not be shorter than recoveryMin");
        }
        Checks.required("weights", weights);
        double total = 0;
        for (Map.Entry<ChargePointErrorCode, Double> e : weights.entrySet()) {
            String field = "weights." + e.getKey();
            if (e.getKey() == ChargePointErrorCode.NoError) {
                throw new InvalidValueException(field, "NoError is not a fault");
            }
            total += Checks.nonNegativeFinite(field, Checks.required(field, e.getValue()));
        }
        if (!(total > 0)) {
            throw new InvalidValueException("weights", "must give at least one error code a weight above 0");
        }
        weights = Map.copyOf(new EnumMap<>(weights));
    }

    /** The chance that a check picks {@code code}, given that it injects a fault: its weight over the total. */
    public double share(ChargePointErrorCode code) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        return weights.getOrDefault(code, 0.0) / total;
    }

    /**
     * One check for one connector. Takes exactly one draw when it injects nothing, three when it does
     * (chance, code, recovery time), so the stream of draws is the same for the same outcomes.
     */
    public Optional<Draw> check(RandomGenerator random) {
        if (!enabled || random.nextDouble() >= probability) {
            return Optional.empty();
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double pick = random.nextDouble() * total;
        ChargePointErrorCode chosen = null;
        for (ChargePointErrorCode code : ChargePointErrorCode.values()) { // a fixed order: reproducible
            double w = weights.getOrDefault(code, 0.0);
            if (w > 0) {
                chosen = code;
                if (pick < w) {
                    break;
                }
                pick -= w;
            }
        }
        long minMillis = recoveryMin.toMillis();
        long span = recoveryMax.toMillis() - minMillis;
        long after = minMillis + (span == 0 ? 0 : (long) (random.nextDouble() * (span + 1)));
        if (span == 0) {
            random.nextDouble(); // keep three draws per fault
        }
        return Optional.of(new Draw(chosen, Duration.ofMillis(Math.min(after, recoveryMax.toMillis()))));
    }
}
