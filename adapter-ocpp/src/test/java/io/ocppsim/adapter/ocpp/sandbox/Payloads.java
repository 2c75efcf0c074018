package io.ocppsim.adapter.ocpp.sandbox;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Request payloads of a well-behaved charge point, written with single quotes for legibility. */
final class Payloads {

    private static final ObjectMapper LENIENT = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

    private Payloads() {
    }

    /** Parses JSON written with single quotes. */
    static JsonNode json(String singleQuoted) {
        try {
            return LENIENT.readTree(singleQuoted);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }

    /** The same JSON as text with double quotes, as on the wire. */
    static String wire(String singleQuoted) {
        return TestChargePoint.write(json(singleQuoted));
    }

    static JsonNode boot() {
        return json("{'chargePointVendor':'Simulator','chargePointModel':'Sim-1','firmwareVersion':'1.0.0'}");
    }

    static JsonNode empty() {
        return json("{}");
    }

    static JsonNode status(int connectorId, String status) {
        return json("{'connectorId':" + connectorId + ",'errorCode':'NoError','status':'" + status
                + "','timestamp':'2025-01-01T10:00:00Z'}");
    }

    static JsonNode authorize(String idTag) {
        return json("{'idTag':'" + idTag + "'}");
    }

    static JsonNode startTransaction(int connectorId, String idTag, long meterStart) {
        return json("{'connectorId':" + connectorId + ",'idTag':'" + idTag + "','meterStart':" + meterStart
                + ",'timestamp':'2025-01-01T10:00:00Z'}");
    }

    static JsonNode stopTransaction(int transactionId, long meterStop, String reason) {
        return json("{'transactionId':" + transactionId + ",'meterStop':" + meterStop
                + ",'timestamp':'2025-01-01T11:00:00.250Z','reason':'" + reason + "'}");
    }

    static JsonNode meterValues(int transactionId) {
        return json("""
                {'connectorId':1,'transactionId':%d,'meterValue':[{'timestamp':'2025-01-01T10:15:00Z',
                 'sampledValue':[{'value':'1200','context':'Sample.Periodic',
                 'measurand':'Energy.Active.Import.Register','location':'Outlet','unit':'Wh'}]}]}"""
                .formatted(transactionId));
    }
}
