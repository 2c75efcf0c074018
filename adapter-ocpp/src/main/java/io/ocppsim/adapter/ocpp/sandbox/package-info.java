/**
 * The sandbox Central System: a small, strict OCPP 1.6J Central System that runs in-process on
 * loopback. The simulator connects to it when no Central System is configured, and the tests use
 * it as the other side of the wire.
 *
 * <p>It is deliberately built apart from the charge point's own codec and validator (its frame
 * reader, error codes and schema checks are its own): as the judge of what the simulator sends it
 * must not share the simulator's mistakes. It checks every frame a charge point sends against the
 * official schemas and the stricter rules real Central Systems apply, answers like a
 * spec-following Central System, records everything, and lets tests wait for frames without
 * sleeping.
 */
package io.ocppsim.adapter.ocpp.sandbox;
