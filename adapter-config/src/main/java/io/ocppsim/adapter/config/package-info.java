/**
 * The {@code simulator.toml} adapter: {@link io.ocppsim.adapter.config.ConfigLoader} reads and
 * validates it into a {@link io.ocppsim.adapter.config.SimulatorConfig},
 * {@link io.ocppsim.adapter.config.ConfigWriter} writes one back as commented TOML.
 */
package io.ocppsim.adapter.config;
