/**
 * The physics behind realistic meter values, as small pieces the caller composes on virtual time.
 *
 * <ul>
 *   <li>{@link io.ocppsim.domain.physics.ChargingPattern}: the shape of an EV's demand (constant,
 *       tapered CC-CV, variable).</li>
 *   <li>{@link io.ocppsim.domain.physics.PowerIntegrator}: energy as the exact integral of
 *       piecewise-constant power.</li>
 *   <li>{@link io.ocppsim.domain.physics.ElectricalModel} and
 *       {@link io.ocppsim.domain.physics.ElectricalState}: voltage, current, power factor and frequency
 *       per phase, coherent with the power.</li>
 *   <li>{@link io.ocppsim.domain.physics.MeasurementNoise} and {@link io.ocppsim.domain.physics.Drift}:
 *       what makes readings look measured; they never touch energy.</li>
 *   <li>{@link io.ocppsim.domain.physics.ThermalModel}: connector temperature from load.</li>
 * </ul>
 *
 * <p>Nothing here reads a clock or creates randomness: time comes in as {@code Instant}s and
 * {@code Duration}s, and every random draw comes from a {@code java.util.random.RandomGenerator} the
 * caller passes (one seeded {@code SplittableRandom} per charge point; {@code split()} it per consumer
 * so that, say, switching noise off does not shift the values a variable pattern draws). The same
 * seed and the same calls therefore give the same numbers. Each class documents exactly how many
 * draws a call takes.
 */
package io.ocppsim.domain.physics;
