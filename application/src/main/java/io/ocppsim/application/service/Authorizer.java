package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ConnectionState;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.CentralSystemPort;
import io.ocppsim.domain.authorization.OfflineDecision;
import io.ocppsim.domain.configuration.ConfigurationKey;
import io.ocppsim.domain.configuration.OcppConfiguration;
import io.ocppsim.domain.transaction.AuthorizationStatus;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Decides about an idTag the way OCPP 1.6 §3.5 says: online, the local list and the cache answer
 * first when LocalPreAuthorize is on, else the Central System is asked with Authorize (and its
 * answer is cached); offline, the local list and the cache answer when LocalAuthorizeOffline is
 * on, and an unknown idTag is let in when AllowOfflineTxForUnknownId is.
 */
final class Authorizer {

    private final CentralSystemPort centralSystem;
    private final Clock clock;

    Authorizer(CentralSystemPort centralSystem, Clock clock) {
        this.centralSystem = centralSystem;
        this.clock = clock;
    }

    /**
     * The idTagInfo that decides about {@code idTag}. Fails with a {@link RefusedException} when
     * nobody can decide (offline, and no local rule lets it in) or the Central System did not answer.
     */
    CompletionStage<IdTagInfo> authorize(SimulatedChargePoint cp, IdTag idTag) {
        Optional<IdTagInfo> local;
        try {
            local = cp.locked(() -> decideLocally(cp, idTag));
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
        if (local.isPresent()) {
            return CompletableFuture.completedFuture(local.get());
        }
        return centralSystem.authorize(cp.id(), idTag).handle((info, error) -> {
            if (error == null) {
                cp.locked(() -> learn(cp, idTag, info));
                return CompletableFuture.completedFuture(info);
            }
            if (Failures.unwrap(error) instanceof CentralSystemException.NotConnected) {
                // The connection went while asking: decide as a charge point that is offline does.
                return CompletableFuture.completedFuture(cp.locked(() -> decideOffline(cp, idTag)));
            }
            return CompletableFuture.<IdTagInfo>failedFuture(error);
        }).thenCompose(stage -> stage);
    }

    /** Remembers the Central System's answer about an idTag in the cache, as the rules allow. Under the lock. */
    void learn(SimulatedChargePoint cp, IdTag idTag, IdTagInfo info) {
        OcppConfiguration config = cp.configuration();
        cp.localAuthorizer.learn(idTag, info, clock.instant(), config.flag(ConfigurationKey.AuthorizationCacheEnabled),
                config.flag(ConfigurationKey.LocalAuthListEnabled));
    }

    private Optional<IdTagInfo> decideLocally(SimulatedChargePoint cp, IdTag idTag) {
        if (cp.state == ConnectionState.CONNECTED) {
            cp.requireOnline(); // connected, but the Central System has not accepted the boot: nothing may start
        }
        if (!cp.isOnline()) {
            return Optional.of(decideOffline(cp, idTag));
        }
        OcppConfiguration config = cp.configuration();
        return cp.localAuthorizer.preAuthorize(idTag, clock.instant(), config.flag(ConfigurationKey.LocalPreAuthorize),
                config.flag(ConfigurationKey.LocalAuthListEnabled),
                config.flag(ConfigurationKey.AuthorizationCacheEnabled)).map(local -> local.authorized()
                        ? accepted(local.idTagInfo()) : local.idTagInfo());
    }

    private IdTagInfo decideOffline(SimulatedChargePoint cp, IdTag idTag) {
        OcppConfiguration config = cp.configuration();
        OfflineDecision decision = cp.localAuthorizer.authorizeOffline(idTag, clock.instant(),
                config.flag(ConfigurationKey.LocalAuthorizeOffline), config.flag(ConfigurationKey.LocalAuthListEnabled),
                config.flag(ConfigurationKey.AuthorizationCacheEnabled),
                config.flag(ConfigurationKey.AllowOfflineTxForUnknownId));
        if (decision.allowed()) {
            return accepted(decision.info());
        }
        if (decision.reason() == OfflineDecision.Reason.UNKNOWN_ID_REJECTED
                || decision.reason() == OfflineDecision.Reason.LOCAL_AUTHORIZE_OFFLINE_DISABLED) {
            throw new RefusedException(RefusedException.Reason.NOT_CONNECTED,
                    "charge point " + cp.id() + " is offline and cannot authorize " + idTag + " locally ("
                            + decision.reason() + ")",
                    Map.of("id_tag", idTag.value(), "reason", String.valueOf(decision.reason())));
        }
        return decision.info();
    }

    /** A locally valid idTag (Accepted, or ConcurrentTx on the list) may start: as Accepted. */
    private static IdTagInfo accepted(IdTagInfo info) {
        return info.isAccepted() ? info
                : new IdTagInfo(AuthorizationStatus.Accepted, info.expiryDate(), info.parentIdTag());
    }
}
