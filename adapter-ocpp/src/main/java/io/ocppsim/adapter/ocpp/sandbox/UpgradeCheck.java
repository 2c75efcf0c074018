package io.ocppsim.adapter.ocpp.sandbox;

import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.Status;
import io.helidon.webserver.websocket.WsUpgrader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a charge point's WebSocket upgrade is accepted: the path must name a charge
 * point, the client must offer {@code ocpp1.6}, and where a password is required the HTTP Basic
 * credentials ({@code chargePointId:password}) must match. Used twice: by the HTTP filter Helidon
 * runs in front of every upgrade, which answers a refusal with the fitting status (401 for
 * credentials, 400 for the rest), and by the WebSocket listener, which refuses the upgrade itself.
 */
final class UpgradeCheck {

    static final String SUBPROTOCOL = "ocpp1.6";

    private static final String BASIC = "basic ";

    /** Why an upgrade is refused, and the HTTP status that says so. */
    record Refusal(Status status, String reason) {
    }

    private UpgradeCheck() {
    }

    static Optional<Refusal> refusal(HttpPrologue prologue, Headers headers, Behaviour behaviour) {
        String chargePointId = chargePointId(prologue);
        if (chargePointId.isEmpty()) {
            return Optional.of(new Refusal(Status.BAD_REQUEST_400, "no charge point id in the path"));
        }
        boolean offersOcpp16 = headers.contains(WsUpgrader.PROTOCOL)
                && headers.get(WsUpgrader.PROTOCOL).allValues(true).stream()
                        .map(String::trim)
                        .anyMatch(SUBPROTOCOL::equals);
        if (!offersOcpp16) {
            return Optional.of(new Refusal(Status.BAD_REQUEST_400,
                    "the client does not offer the subprotocol " + SUBPROTOCOL));
        }
        Optional<String> password = behaviour.password(chargePointId);
        if (password.isPresent() && !authorized(headers, chargePointId, password.get())) {
            return Optional.of(new Refusal(Status.UNAUTHORIZED_401,
                    "missing or wrong HTTP Basic credentials for " + chargePointId));
        }
        return Optional.empty();
    }

    /** The last path segment: {@code /ocpp/CP-1} → {@code CP-1}. */
    static String chargePointId(HttpPrologue prologue) {
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
}
