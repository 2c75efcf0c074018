/**
 * Deciding about an idTag without the Central System (OCPP 1.6 §3.5): the Local Authorization List the
 * Central System installs with SendLocalList, the Authorization Cache the charge point fills from the
 * Central System's answers, and {@link io.ocppsim.domain.authorization.LocalAuthorizer}, which applies the
 * rules of LocalPreAuthorize, LocalAuthorizeOffline and AllowOfflineTxForUnknownId to both.
 *
 * <p>Nothing here knows about configuration storage or connectivity: the caller passes the flags and the
 * current instant, so every decision can be tested on its own.
 */
package io.ocppsim.domain.authorization;
