package io.ocppsim.adapter.rest.datatransfer;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.ocppsim.adapter.rest.web.ChargePointLocator;
import io.ocppsim.adapter.rest.web.Futures;
import io.ocppsim.adapter.rest.web.InvalidRequestException;
import io.ocppsim.adapter.rest.web.JsonCodec;
import io.ocppsim.application.port.in.SendDataTransferUseCase.DataTransferCommand;
import io.ocppsim.application.port.in.SendDataTransferUseCase.DataTransferReply;
import io.ocppsim.application.port.in.SendDataTransferUseCase;
import io.ocppsim.domain.chargepoint.ChargePointId;
import java.time.Duration;
import java.util.Objects;

/**
 * Sends a vendor-specific DataTransfer from the charge point to its Central System.
 *
 * <p>{@code POST /} with {@code {"vendor_id": "com.example", "message_id": "Hello", "data": "..."}}
 * sends DataTransfer.req at once (it is never queued while offline) and waits, at most
 * {@code timeout}, for the answer: {@code {"status": "Accepted", "data": ...}}. Whatever status the
 * Central System answers, the exchange itself succeeded, so Rejected, UnknownMessageId and
 * UnknownVendorId are successful answers too. {@code vendor_id} is 1 to 255 characters,
 * {@code message_id} at most 50; a charge point that is not online is refused (503) and a Central
 * System that does not answer properly is a 502 or 504.
 */
public record DataTransferService(SendDataTransferUseCase sendDataTransfer, Duration timeout,
        ChargePointLocator locator, DataTransferMapper mapper, JsonCodec json) implements HttpService {

    static final String VENDOR_ID = "vendor_id";

    public DataTransferService {
        Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::post);
    }

    private void post(ServerRequest request, ServerResponse response) {
        ChargePointId chargePoint = locator.chargePoint(request);
        DataTransferRequest body = json.readBody(request, DataTransferRequest.class)
                .orElseThrow(() -> new InvalidRequestException(VENDOR_ID,
                        "is required in a JSON body, for example {\"vendor_id\": \"com.example\", "
                                + "\"message_id\": \"Hello\", \"data\": \"...\"}"));
        var command = new DataTransferCommand(chargePoint, body.vendorId(), body.messageId(), body.data());
        DataTransferReply reply = Futures.await(sendDataTransfer.sendDataTransfer(command), timeout,
                "DataTransfer from charge point " + chargePoint);
        json.ok(response, mapper.toResponse(reply));
    }
}
