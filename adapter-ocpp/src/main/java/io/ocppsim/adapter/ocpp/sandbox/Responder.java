package io.ocppsim.adapter.ocpp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Answers the requests a charge point initiates the way a spec-following Central System does.
 * Requests reach it only after they passed their schema, so required fields are present.
 */
final class Responder {

    /** A schema-valid CALL of a charge point. */
    record Request(String chargePointId, String uniqueId, String action, JsonNode payload, String text) {
    }

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final Behaviour behaviour;
    private final Transactions transactions;
    private final SequenceGuard guard;
    private final StatusGuard statuses;
    private final FrameLog log;
    private final Clock clock;

    Responder(Behaviour behaviour, Transactions transactions, SequenceGuard guard, FrameLog log, Clock clock) {
        this.behaviour = behaviour;
        this.transactions = transactions;
        this.guard = guard;
        this.statuses = new StatusGuard(transactions);
        this.log = log;
        this.clock = clock;
    }

    ObjectNode answer(Request request) {
        return switch (request.action()) {
            case "BootNotification" -> bootNotification(request);
            case "Heartbeat" -> json.objectNode().put("currentTime", now());
            case "Authorize" -> withIdTagInfo(json.objectNode(), request.payload().path("idTag").asText());
            case "StartTransaction" -> startTransaction(request);
            case "StopTransaction" -> stopTransaction(request);
            case "MeterValues" -> meterValues(request);
            case "StatusNotification" -> statusNotification(request);
            case "DiagnosticsStatusNotification", "FirmwareStatusNotification" -> json.objectNode();
            case "DataTransfer" -> json.objectNode().put("status", "UnknownVendorId");
            default -> throw new IllegalArgumentException(request.action() + " is not a charge point request");
        };
    }

    private ObjectNode bootNotification(Request request) {
        Behaviour.BootAnswer boot = behaviour.boot();
        guard.booted(request.chargePointId(), boot.status());
        statuses.booted(request.chargePointId());
        return json.objectNode()
                .put("status", boot.status().name())
                .put("currentTime", now())
                .put("interval", boot.interval());
    }

    private ObjectNode statusNotification(Request request) {
        statuses.check(request.chargePointId(), request.payload().path("connectorId").intValue(),
                request.payload().path("status").asText()).forEach(problem -> log.violation(
                        request.chargePointId(), Violation.Kind.STATUS, null, request.action(), request.uniqueId(),
                        problem, request.text()));
        return json.objectNode();
    }

    private ObjectNode startTransaction(Request request) {
        JsonNode payload = request.payload();
        int connectorId = payload.path("connectorId").intValue();
        String idTag = payload.path("idTag").asText();
        if (connectorId <= 0) {
            problem(request, "StartTransaction on connector " + connectorId + ": connectorId must be above 0");
        }
        transactions.all().stream()
                .filter(tx -> tx.isRunning() && tx.chargePointId().equals(request.chargePointId())
                        && tx.connectorId() == connectorId)
                .findFirst()
                .ifPresent(running -> problem(request, "connector " + connectorId
                        + " still has running transaction " + running.transactionId()));
        SandboxTransaction started = transactions.start(request.chargePointId(), connectorId, idTag,
                payload.path("meterStart").longValue(), instant(payload.path("timestamp")));
        ObjectNode answer = json.objectNode().put("transactionId", started.transactionId());
        return withIdTagInfo(answer, idTag);
    }

    private ObjectNode stopTransaction(Request request) {
        JsonNode payload = request.payload();
        int transactionId = payload.path("transactionId").intValue();
        long meterStop = payload.path("meterStop").longValue();
        Optional<String> idTag = Optional.ofNullable(payload.get("idTag")).map(JsonNode::asText);
        SandboxTransaction.Stop stop = new SandboxTransaction.Stop(meterStop, instant(payload.path("timestamp")),
                payload.path("reason").asText("Local"), idTag);
        Optional<SandboxTransaction> before = transactions.stop(transactionId, stop);
        before.ifPresentOrElse(tx -> checkStop(request, tx, meterStop),
                () -> problem(request, "StopTransaction of transactionId " + transactionId
                        + ", which this Central System never issued"));
        ObjectNode answer = json.objectNode();
        return idTag.map(tag -> withIdTagInfo(answer, tag)).orElse(answer);
    }

    private void checkStop(Request request, SandboxTransaction tx, long meterStop) {
        if (!tx.isRunning()) {
            problem(request, "transaction " + tx.transactionId() + " was already stopped");
        }
        if (!tx.chargePointId().equals(request.chargePointId())) {
            problem(request, "transaction " + tx.transactionId() + " was started by " + tx.chargePointId());
        }
        if (meterStop < tx.meterStart()) {
            problem(request, "meterStop " + meterStop + " is below meterStart " + tx.meterStart()
                    + " of transaction " + tx.transactionId());
        }
    }

    private ObjectNode meterValues(Request request) {
        JsonNode transactionId = request.payload().get("transactionId");
        if (transactionId != null && transactions.find(transactionId.intValue()).isEmpty()) {
            problem(request, "MeterValues for transactionId " + transactionId
                    + ", which this Central System never issued");
        }
        return json.objectNode();
    }

    private ObjectNode withIdTagInfo(ObjectNode answer, String idTag) {
        answer.putObject("idTagInfo").put("status", behaviour.idTagStatus(idTag).name());
        return answer;
    }

    private void problem(Request request, String detail) {
        log.violation(request.chargePointId(), Violation.Kind.TRANSACTION, null, request.action(),
                request.uniqueId(), detail, request.text());
    }

    private String now() {
        return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** A schema-checked date-time; the odd RFC 3339 form Java cannot read (a leap second) counts as now. */
    private Instant instant(JsonNode dateTime) {
        try {
            return OffsetDateTime.parse(dateTime.asText()).toInstant();
        } catch (DateTimeParseException e) {
            return clock.instant();
        }
    }
}
