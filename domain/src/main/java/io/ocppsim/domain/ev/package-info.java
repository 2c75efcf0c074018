/**
 * The electric vehicle on the other end of the cable: {@link io.ocppsim.domain.ev.EvProfile} describes
 * it (battery capacity, initial and target state of charge, on-board charger power and phases), and
 * {@link io.ocppsim.domain.ev.EvBattery} follows its state of charge through a session and says how
 * much power it wants, shaped by a {@link io.ocppsim.domain.physics.ChargingPattern}.
 *
 * <p>Pure Java: no clock and no scheduler here; the caller integrates power over time (see
 * {@link io.ocppsim.domain.physics.PowerIntegrator}) and charges the battery with each increment.
 */
package io.ocppsim.domain.ev;
