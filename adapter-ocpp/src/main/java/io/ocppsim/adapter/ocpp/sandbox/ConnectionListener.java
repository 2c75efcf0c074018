package io.ocppsim.adapter.ocpp.sandbox;

import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.WritableHeaders;
import io.helidon.webserver.websocket.WsUpgrader;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import io.helidon.websocket.WsUpgradeException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The WebSocket of one charge point (Helidon makes one listener per connection): negotiates
 * {@code ocpp1.6}, checks HTTP Basic auth when a password is configured, and hands whole text
 * messages to the {@link MessageRouter}.
 */
final class ConnectionListener implements WsListener {

    static final String SUBPROTOCOL = "ocpp1.6";

    private static final Logger LOG = System.getLogger(ConnectionListener.class.getPackageName());
    private static final String BASIC = "basic ";

    private final MessageRouter router;
    private final Behaviour behaviour;
    private volatile ChargePointConnection connection;

    ConnectionListener(MessageRouter router, Behaviour behaviour) {
        this.router = router;
        this.behaviour = behaviour;
    }

    @Override
    public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) throws WsUpgradeException {
        String chargePointId = chargePointId(prologue);
        if (chargePointId.isEmpty()) {
            throw refuse(prologue, "no charge point id in the path");
        }
        boolean offersOcpp16 = headers.contains(WsUpgrader.PROTOCOL)
                && headers.get(WsUpgrader.PROTOCOL).allValues(true).stream()
                        .map(String::trim)
                        .anyMatch(SUBPROTOCOL::equals);
        if (!offersOcpp16) {
            throw refuse(prologue, "the client does not offer the subprotocol " + SUBPROTOCOL);
        }
        Optional<String> password = behaviour.password(chargePointId);
        if (password.isPresent() && !authorized(headers, chargePointId, password.get())) {
            throw refuse(prologue, "missing or wrong HTTP Basic credentials for " + chargePointId);
        }
        return Optional.of(WritableHeaders.create().set(WsUpgrader.PROTOCOL, SUBPROTOCOL));
    }

    @Override
    public void onOpen(WsSession session) {
        connection = router.opened(chargePointId(session.prologue()), session);
    }

    @Override
    public void onMessage(WsSession session, String text, boolean last) {
        ChargePointConnection current = connection;
        current.assemble(text, last).ifPresent(message -> router.received(current, message));
    }

    @Override
    public void onClose(WsSession session, int status, String reason) {
        ChargePointConnection current = connection;
        if (current != null) {
            router.closed(current, "closed by the charge point with " + status + " " + reason);
        }
    }

    @Override
    public void onError(WsSession session, Throwable error) {
        ChargePointConnection current = connection;
        LOG.log(Level.DEBUG, () -> "WebSocket error" + (current == null ? "" : " of " + current.chargePointId()),
                error);
        if (current != null) {
            router.closed(current, "error: " + error);
        }
    }

    /** The last path segment: {@code /ocpp/CP-1} → {@code CP-1}. */
    private static String chargePointId(HttpPrologue prologue) {
        String path = prologue.uriPath().path();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static boolean authorized(Headers headers, String chargePointId, String password) {
        Optional<String> authorization = headers.first(HeaderNames.AUTHORIZATION);
        if (authorization.isEmpty() || !authorization.get().toLowerCase(Locale.ROOT).startsWith(BASIC)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.get().substring(BASIC.length()).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = (chargePointId + ":" + password).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }

    private static WsUpgradeException refuse(HttpPrologue prologue, String reason) {
        LOG.log(Level.INFO, "Refused WebSocket upgrade of {0}: {1}", prologue.uriPath().path(), reason);
        return new WsUpgradeException(reason);
    }
}
