package io.ocppsim.adapter.ocpp.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocppsim.adapter.ocpp.in.CentralSystemCallHandler;
import io.ocppsim.adapter.ocpp.sandbox.AwaitTimeoutError;
import io.ocppsim.adapter.ocpp.sandbox.CallErrorException;
import io.ocppsim.adapter.ocpp.sandbox.Frame;
import io.ocppsim.adapter.ocpp.sandbox.MessageType;
import io.ocppsim.adapter.ocpp.sandbox.SandboxCentralSystem;
import io.ocppsim.adapter.ocpp.transport.OcppTransport;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.StartTransactionCommand;
import io.ocppsim.application.port.out.FileTransferPort;
import io.ocppsim.application.service.Simulator;
import io.ocppsim.application.testing.FakeFileTransfer;
import io.ocppsim.application.testing.RecordingEventPublisher;
import io.ocppsim.application.testing.VirtualTime;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.transaction.IdTag;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;

/**
 * The fixture of the end-to-end tests of the Central System's requests: the application's
 * {@link Simulator} over the real {@link OcppTransport}, against the {@link SandboxCentralSystem}
 * on loopback.
 *
 * <p>The application runs on {@link VirtualTime} (heartbeats, timers), the network is real: the
 * tests wait for frames with a deadline and never sleep. {@link #advance} moves time in short
 * steps, each once every call the charge point made has had its answer read. After each test the
 * sandbox must have seen nothing a strict Central System would reject.
 *
 * <p>The helpers speak the sandbox's language: a Central System request goes out with
 * {@link #call} (or {@link #callError} when a CALLERROR is expected), what the charge point sent is
 * read with {@link #calls}, {@link #statuses} and the {@code await…} methods.
 */
abstract class OverOcppTestBase {

    /** How long to wait for anything that crosses the network. */
    protected static final Duration WAIT = Duration.ofSeconds(10);
    protected static final String CP = "CP-E2E-1";
    protected static final ObjectMapper JSON = new ObjectMapper();
    /** The longest single move of virtual time; see {@link #advance}. */
    private static final Duration MAX_STEP = Duration.ofSeconds(10);
    private static final Set<EventType> CONNECTION_ENDS = EnumSet.of(EventType.CONNECTED, EventType.DISCONNECTED,
            EventType.CONNECTION_FAILED, EventType.REBOOTING);

    protected final VirtualTime time = new VirtualTime();
    protected final WatchedScheduler scheduler = new WatchedScheduler(time);
    protected final RecordingEventPublisher events = new RecordingEventPublisher();
    protected final SandboxCentralSystem sandbox = new SandboxCentralSystem().start();
    protected final OcppTransport transport = new OcppTransport(time,
            new OcppTransport.Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)), events, time.clock());
    protected final FakeFileTransfer files = new FakeFileTransfer();
    private volatile FileTransferPort fileTransfer = files;
    private final CentralSystemCallHandler callHandler = new CentralSystemCallHandler();
    protected final Simulator simulator = new Simulator(new OcppCentralSystem(transport, callHandler),
            new FileTransferPort() {
                @Override
                public CompletionStage<Void> upload(URI location, String fileName, byte[] content) {
                    return fileTransfer.upload(location, fileName, content);
                }

                @Override
                public CompletionStage<Long> download(URI location) {
                    return fileTransfer.download(location);
                }
            }, events, events, scheduler, time.clock(), new SplittableRandom(7), "test");
    private int connectorCount;

    {
        callHandler.bind(simulator.centralSystemRequests());
    }

    @AfterEach
    void stopEverything() {
        simulator.simulatorStatus().chargePoints().forEach(id -> simulator.disconnect().disconnect(id));
        transport.close();
        sandbox.stop();
        assertThat(sandbox.violations()).as("frames a strict Central System would reject").isEmpty();
    }

    /** From now on the charge point moves files with {@code transfer} instead of the fake. */
    protected void useFileTransfer(FileTransferPort transfer) {
        fileTransfer = Objects.requireNonNull(transfer, "transfer");
    }

    // ------------------------------------------------------------------ the charge point

    /** Adds the charge point: two connectors, quick reconnects, then whatever {@code settings} say. */
    protected void addChargePoint(UnaryOperator<ChargePointSettings.Builder> settings) {
        ChargePointSettings built = settings.apply(ChargePointSettings
                .builder(ChargePointId.of(CP), URI.create(sandbox.url())).connectorCount(2)
                .reconnectDelays(Duration.ofSeconds(1), Duration.ofSeconds(8))).build();
        connectorCount = built.connectorCount();
        simulator.addChargePoint().addChargePoint(built);
    }

    /** Adds a charge point with the default settings, connects it and waits until it has booted. */
    protected void boot() {
        boot(b -> b);
    }

    /**
     * Adds the charge point, connects it and waits until it has reported connector 0 and every
     * connector and nothing it sent is still unanswered.
     */
    protected void boot(UnaryOperator<ChargePointSettings.Builder> settings) {
        addChargePoint(settings);
        simulator.connect().connect(ChargePointId.of(CP));
        sandbox.awaitCalls(CP, "StatusNotification", p -> true, connectorCount + 1, WAIT);
        awaitNoCallInFlight();
    }

    protected static ConnectorRef connector(int id) {
        return ConnectorRef.of(ChargePointId.of(CP), id);
    }

    /** The connector as the simulator's API shows it now. */
    protected ConnectorView view(int connectorId) {
        return simulator.connectors().connector(connector(connectorId));
    }

    /**
     * Plugs a cable into the connector and presents {@code idTag} through the simulator's API, waits
     * until the transaction is Charging and everything is answered, and returns its transactionId.
     */
    protected int startCharging(int connectorId, String idTag) {
        simulator.plugIn().plugIn(connector(connectorId));
        ConnectorView started = get(simulator.startTransaction().startTransaction(
                new StartTransactionCommand(connector(connectorId), IdTag.of(idTag))));
        awaitStatusesEndWith(connectorId, "Charging");
        awaitNoCallInFlight();
        return started.transaction().transactionId();
    }

    // ------------------------------------------------------------------ the Central System's requests

    /** A JSON object of the keys and values given in turn; an {@link Instant} goes as its ISO form. */
    protected static ObjectNode payload(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            node.set((String) keysAndValues[i], JSON.valueToTree(value instanceof Instant at ? at.toString() : value));
        }
        return node;
    }

    /** Sends a CALL to the charge point and returns the payload of its CALLRESULT. */
    protected JsonNode call(String action, ObjectNode payload) {
        return get(sandbox.send(CP, action, payload));
    }

    /** Sends a CALL to the charge point that it must answer with a CALLERROR, and returns that. */
    protected CallErrorException callError(String action, ObjectNode payload) {
        JsonNode answer;
        try {
            answer = sandbox.send(CP, action, payload).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(CallErrorException.class);
            return (CallErrorException) e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("no answer to " + action + " within " + WAIT, e);
        }
        throw new AssertionError("expected a CALLERROR for " + action + ", got " + answer);
    }

    // ------------------------------------------------------------------ what the charge point sent

    /** The CALLs of {@code action} the charge point sent so far, in order. */
    protected List<Frame> calls(String action) {
        return sandbox.calls(CP).stream().filter(f -> f.isCall(action)).toList();
    }

    /** The actions of every CALL the charge point sent so far, in order. */
    protected List<String> actions() {
        return sandbox.calls(CP).stream().map(Frame::action).toList();
    }

    protected Frame awaitCall(String action, Predicate<JsonNode> payload) {
        return sandbox.awaitCall(CP, action, payload, WAIT);
    }

    /** Waits until the charge point has sent {@code count} CALLs of {@code action} and returns them. */
    protected List<Frame> awaitCalls(String action, int count) {
        return sandbox.awaitCalls(CP, action, p -> true, count, WAIT);
    }

    /** Every status the charge point reported for the connector, in order. */
    protected List<String> statuses(int connectorId) {
        return statuses(sandbox.frames(CP), connectorId);
    }

    private static List<String> statuses(List<Frame> frames, int connectorId) {
        return frames.stream()
                .filter(f -> f.chargePointId().equals(CP) && f.isCallFromChargePoint("StatusNotification")
                        && f.payload().path("connectorId").asInt() == connectorId)
                .map(f -> f.payload().path("status").asText())
                .toList();
    }

    /** Waits until the statuses reported for the connector end with {@code tail}. */
    protected void awaitStatusesEndWith(int connectorId, String... tail) {
        List<String> wanted = List.of(tail);
        sandbox.awaitFrames(frames -> {
            List<String> all = statuses(frames, connectorId);
            return all.size() >= wanted.size() && all.subList(all.size() - wanted.size(), all.size()).equals(wanted);
        }, WAIT);
    }

    /** The CALLRESULT or CALLERROR the charge point's CALL with {@code uniqueId} got. */
    protected Frame awaitAnswer(String uniqueId) {
        return sandbox.awaitFrame(f -> f.answers(uniqueId) && f.type() != MessageType.CALL, WAIT);
    }

    // ------------------------------------------------------------------ time

    /**
     * Moves virtual time forward in steps of at most {@link #MAX_STEP}, each once nothing the
     * charge point sent is still waiting for its answer, so that what a step sets off reaches the
     * Central System before the next step, as it would on a real clock.
     */
    /**
     * After a reboot: moves virtual time a second at a time through the downtime (and the backoff,
     * should an attempt fail) until the Central System has seen BootNotification {@code boots}
     * times; at most 30 s of virtual time, each step waiting a moment for the network.
     */
    protected void awaitBootedAgain(int boots) {
        for (int second = 0; second < 30; second++) {
            time.advance(Duration.ofSeconds(1));
            try {
                sandbox.awaitCalls(CP, "BootNotification", p -> true, boots, Duration.ofMillis(300));
                return;
            } catch (AwaitTimeoutError notYet) {
                // the charge point is still away: another second
            }
        }
        awaitCalls("BootNotification", boots);
    }

    protected void advance(Duration duration) {
        Duration left = duration;
        while (left.isPositive()) {
            Duration step = left.compareTo(MAX_STEP) < 0 ? left : MAX_STEP;
            awaitNoCallInFlight();
            time.advance(step);
            left = left.minus(step);
        }
        awaitNoCallInFlight();
    }

    /**
     * Waits until every CALL the charge point sent has had its answer read: moving virtual time
     * while an answer is still on the wire would time the call out. Calls of a connection that
     * has ended no longer count.
     */
    protected void awaitNoCallInFlight() {
        events.await(all -> {
            Set<Object> open = new HashSet<>();
            for (var e : all) {
                Object id = e.data().get("unique_id");
                if (CONNECTION_ENDS.contains(e.type())) {
                    open.clear(); // what was in flight on the old connection was failed with it
                } else if (e.type() == EventType.OCPP_MESSAGE_SENT && "CALL".equals(e.data().get("message_type"))) {
                    open.add(id);
                } else if (e.type() == EventType.OCPP_MESSAGE_RECEIVED && !"CALL".equals(e.data().get("message_type"))) {
                    open.remove(id);
                }
            }
            return open.isEmpty();
        }, WAIT);
    }

    protected static <T> T get(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer within " + WAIT + ": " + e, e);
        }
    }
}
