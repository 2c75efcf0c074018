/**
 * What a Central System asks of a charge point: one use case per OCPP 1.6 feature profile, driven by
 * the OCPP adapter when a CALL arrives. Every method names the charge point and answers at once
 * with what the charge point replies; whatever the request sets in motion afterwards (a reboot, a
 * firmware download, the message a TriggerMessage asks for) begins only when the adapter reports,
 * through {@link io.ocppsim.application.port.in.ocpp.Reply#afterSent()}, that the reply is on its way.
 */
package io.ocppsim.application.port.in.ocpp;
