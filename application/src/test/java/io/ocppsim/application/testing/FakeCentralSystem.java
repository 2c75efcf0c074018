package io.ocppsim.application.testing;

import io.ocppsim.application.port.out.CentralSystemEndpoint;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.CentralSystemPort;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.chargepoint.VendorInfo;
import io.ocppsim.domain.transaction.AuthorizationStatus;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import io.ocppsim.domain.transaction.TransactionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An in-memory Central System for application tests. It records every call; a test answers them
 * ({@link Call#answer}, {@link Call#fail}) or lets automatic answers do it
 * ({@link #autoAnswer}, {@link #answerLikeASandbox}). Connections open, fail and drop when the test
 * says so. Calls made while a charge point is not connected fail at once with NotConnected.
 */
public final class FakeCentralSystem implements CentralSystemPort {

    /** One call from a charge point and its pending answer. */
    public record Call(ChargePointId chargePoint, String action, Object request, CompletableFuture<Object> answer) {

        public void answer(Object result) {
            answer.complete(result);
        }

        public void fail(Throwable error) {
            answer.completeExceptionally(error);
        }

        public <T> T request(Class<T> type) {
            return type.cast(request);
        }
    }

    private final Map<ChargePointId, ConnectionListener> listeners = new HashMap<>();
    private final Map<ChargePointId, Boolean> connected = new HashMap<>();
    private final Map<String, Function<Object, Object>> autoAnswers = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<ChargePointId> connectAttempts = new ArrayList<>();
    private final List<ChargePointId> disconnectRequests = new ArrayList<>();

    // ------------------------------------------------------------ connections

    private final List<Map.Entry<ChargePointId, Duration>> pingIntervals = new ArrayList<>();
    private final List<CentralSystemEndpoint> endpoints = new ArrayList<>();

    @Override
    public synchronized void connect(ChargePointId chargePoint, CentralSystemEndpoint endpoint,
            ConnectionListener listener) {
        connectAttempts.add(chargePoint);
        endpoints.add(endpoint);
        listeners.put(chargePoint, listener);
    }

    @Override
    public synchronized void disconnect(ChargePointId chargePoint) {
        disconnectRequests.add(chargePoint);
        connected.put(chargePoint, false);
    }

    /** The pending connection attempt succeeds. */
    public void acceptConnection(ChargePointId chargePoint) {
        ConnectionListener listener;
        synchronized (this) {
            connected.put(chargePoint, true);
            listener = listeners.get(chargePoint);
        }
        listener.connected();
    }

    /** The pending connection attempt fails. */
    public void refuseConnection(ChargePointId chargePoint, String reason) {
        listener(chargePoint).connectFailed(reason);
    }

    /** The open connection drops: calls in flight fail with NotConnected. */
    public void dropConnection(ChargePointId chargePoint, String reason) {
        List<Call> inFlight;
        synchronized (this) {
            connected.put(chargePoint, false);
            inFlight = calls.stream().filter(c -> c.chargePoint().equals(chargePoint) && !c.answer().isDone())
                    .toList();
        }
        inFlight.forEach(c -> c.fail(new CentralSystemException.NotConnected("connection lost")));
        listener(chargePoint).disconnected(reason);
    }

    private synchronized ConnectionListener listener(ChargePointId chargePoint) {
        return listeners.get(chargePoint);
    }

    public synchronized List<ChargePointId> connectAttempts() {
        return List.copyOf(connectAttempts);
    }

    public synchronized List<ChargePointId> disconnectRequests() {
        return List.copyOf(disconnectRequests);
    }

    // ------------------------------------------------------------ answers

    /** Answers every call of {@code action} at once with what {@code answer} makes of its request. */
    public synchronized FakeCentralSystem autoAnswer(String action, Function<Object, Object> answer) {
        autoAnswers.put(action, answer);
        return this;
    }

    public synchronized FakeCentralSystem stopAutoAnswering(String action) {
        autoAnswers.remove(action);
        return this;
    }

    /** Answers everything like a friendly Central System: boot Accepted, idTags Accepted, ids from 1. */
    public FakeCentralSystem answerLikeASandbox(Clock clock, Duration heartbeatInterval) {
        AtomicInteger ids = new AtomicInteger();
        autoAnswer("BootNotification",
                r -> new BootResult(RegistrationStatus.Accepted, clock.instant(), heartbeatInterval));
        autoAnswer("Heartbeat", r -> clock.instant());
        autoAnswer("StatusNotification", r -> null);
        autoAnswer("Authorize", r -> IdTagInfo.of(AuthorizationStatus.Accepted));
        autoAnswer("StartTransaction", r -> new TransactionStarted(TransactionId.of(ids.incrementAndGet()),
                IdTagInfo.of(AuthorizationStatus.Accepted)));
        autoAnswer("StopTransaction", r -> Optional.empty());
        autoAnswer("MeterValues", r -> null);
        autoAnswer("FirmwareStatusNotification", r -> null);
        autoAnswer("DiagnosticsStatusNotification", r -> null);
        autoAnswer("DataTransfer", r -> new DataTransferResult(DataTransferStatus.UnknownVendorId, null));
        return this;
    }

    // ------------------------------------------------------------ calls

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String action) {
        return calls.stream().filter(c -> c.action().equals(action)).toList();
    }

    public synchronized List<String> actions() {
        return calls.stream().map(Call::action).toList();
    }

    /** The most recent call of {@code action}. */
    public synchronized Call last(String action) {
        List<Call> matching = calls(action);
        if (matching.isEmpty()) {
            throw new AssertionError("no " + action + " call; calls so far: " + actions());
        }
        return matching.get(matching.size() - 1);
    }

    /** Calls not answered yet. */
    public synchronized List<Call> pending() {
        return calls.stream().filter(c -> !c.answer().isDone()).toList();
    }

    public synchronized void clearCalls() {
        calls.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> CompletionStage<T> call(ChargePointId chargePoint, String action, Object request) {
        Call call = new Call(chargePoint, action, request, new CompletableFuture<>());
        Function<Object, Object> auto;
        synchronized (this) {
            calls.add(call);
            if (!Boolean.TRUE.equals(connected.get(chargePoint))) {
                call.fail(new CentralSystemException.NotConnected("not connected"));
                return (CompletionStage<T>) call.answer();
            }
            auto = autoAnswers.get(action);
        }
        if (auto != null) {
            call.answer(auto.apply(request));
        }
        return (CompletionStage<T>) call.answer();
    }

    @Override
    public CompletionStage<BootResult> bootNotification(ChargePointId chargePoint, VendorInfo vendorInfo) {
        return call(chargePoint, "BootNotification", vendorInfo);
    }

    @Override
    public CompletionStage<Instant> heartbeat(ChargePointId chargePoint) {
        return call(chargePoint, "Heartbeat", null);
    }

    @Override
    public CompletionStage<Void> statusNotification(ChargePointId chargePoint, StatusReport report) {
        return call(chargePoint, "StatusNotification", report);
    }

    @Override
    public CompletionStage<IdTagInfo> authorize(ChargePointId chargePoint, IdTag idTag) {
        return call(chargePoint, "Authorize", idTag);
    }

    @Override
    public CompletionStage<TransactionStarted> startTransaction(ChargePointId chargePoint, TransactionStart start) {
        return call(chargePoint, "StartTransaction", start);
    }

    @Override
    public CompletionStage<Optional<IdTagInfo>> stopTransaction(ChargePointId chargePoint, TransactionStop stop) {
        return call(chargePoint, "StopTransaction", stop);
    }

    @Override
    public CompletionStage<Void> meterValues(ChargePointId chargePoint, MeterValues meterValues) {
        return call(chargePoint, "MeterValues", meterValues);
    }

    @Override
    public CompletionStage<Void> firmwareStatusNotification(ChargePointId chargePoint, FirmwareStatus status) {
        return call(chargePoint, "FirmwareStatusNotification", status);
    }

    @Override
    public CompletionStage<Void> diagnosticsStatusNotification(ChargePointId chargePoint, DiagnosticsStatus status) {
        return call(chargePoint, "DiagnosticsStatusNotification", status);
    }

    /** The request recorded is a {@code List} of vendorId, messageId and data (nulls kept). */
    @Override
    public CompletionStage<DataTransferResult> dataTransfer(ChargePointId chargePoint, String vendorId,
            String messageId, String data) {
        return call(chargePoint, "DataTransfer", java.util.Arrays.asList(vendorId, messageId, data));
    }

    /** Ping intervals asked for, in order. */
    public synchronized List<Duration> pingIntervals(ChargePointId chargePoint) {
        return pingIntervals.stream().filter(p -> p.getKey().equals(chargePoint)).map(Map.Entry::getValue).toList();
    }

    @Override
    public synchronized void pingInterval(ChargePointId chargePoint, Duration interval) {
        pingIntervals.add(Map.entry(chargePoint, interval));
    }

    /** The endpoints connections were opened with, in order. */
    public synchronized List<CentralSystemEndpoint> endpoints() {
        return List.copyOf(endpoints);
    }
}
