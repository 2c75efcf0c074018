package io.ocppsim.adapter.rest;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.cors.CorsFeature;
import io.helidon.webserver.cors.CorsPathConfig;
import io.helidon.webserver.http.HttpRouting;
import io.ocppsim.adapter.rest.configuration.ConfigurationMapper;
import io.ocppsim.adapter.rest.configuration.ConfigurationService;
import io.ocppsim.adapter.rest.connection.ConnectionMapper;
import io.ocppsim.adapter.rest.connection.ConnectionService;
import io.ocppsim.adapter.rest.connector.ConnectorMapper;
import io.ocppsim.adapter.rest.connector.ConnectorsService;
import io.ocppsim.adapter.rest.datatransfer.DataTransferMapper;
import io.ocppsim.adapter.rest.datatransfer.DataTransferService;
import io.ocppsim.adapter.rest.ev.EvControlService;
import io.ocppsim.adapter.rest.event.EventMapper;
import io.ocppsim.adapter.rest.event.EventsService;
import io.ocppsim.adapter.rest.fault.FaultsService;
import io.ocppsim.adapter.rest.statistics.StatisticsMapper;
import io.ocppsim.adapter.rest.statistics.StatisticsService;
import io.ocppsim.adapter.rest.system.SystemMapper;
import io.ocppsim.adapter.rest.system.SystemService;
import io.ocppsim.adapter.rest.transaction.TransactionsService;
import io.ocppsim.adapter.rest.web.ChargePointLocator;
import io.ocppsim.adapter.rest.web.ErrorMapping;
import io.ocppsim.adapter.rest.web.JsonCodec;
import java.util.Objects;
import org.mapstruct.factory.Mappers;

/**
 * The simulator's REST API on Helidon SE WebServer. Every answer is JSON:
 * {@code {"success": true, "data": ...}} or
 * {@code {"success": false, "error": {"code": ..., "message": ..., "details": {...}}}}.
 *
 * <p>{@code /connectors/...}, {@code /connection/...}, {@code /configuration/...},
 * {@code /data-transfer} and {@code /stats} address the first charge point; the same paths under
 * {@code /charge-points/{cp}/} ({@code /charge-points/{cp}/connectors/...} and so on) address any.
 * {@code /status}, {@code /system/health} and {@code /events} are about the whole simulator.
 *
 * <p>Start it with {@link #start()}, stop it with {@link #stop()} (or {@link #close()}); it can be
 * started again after a stop.
 */
public final class RestApi implements AutoCloseable {

    /** Request bodies are small JSON objects; anything larger is refused with 413. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    private static final String CHARGE_POINT_PREFIX = "/charge-points/{" + ChargePointLocator.CHARGE_POINT_PARAMETER
            + "}";

    private final RestSettings settings;
    private final RestUseCases useCases;
    private WebServer server;

    public RestApi(RestSettings settings, RestUseCases useCases) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    /**
     * Starts listening.
     *
     * @return the port it listens on: the configured one, or the one picked when that is 0
     * @throws IllegalStateException when it is already running
     */
    public synchronized int start() {
        if (server != null) {
            throw new IllegalStateException("the REST API is already running on port " + server.port());
        }
        JsonCodec json = new JsonCodec();
        ErrorMapping errors = new ErrorMapping(json);
        WebServerConfig.Builder builder = WebServer.builder()
                .host(settings.bindAddress())
                .port(settings.port())
                .maxPayloadSize(MAX_BODY_BYTES)
                .directHandlers(errors.directHandlers())
                .routing(routing -> route(routing, json, errors));
        if (settings.enableCors()) {
            builder.addFeature(permissiveCors());
        }
        server = builder.build().start();
        return server.port();
    }

    /** Stops listening, if it is; answers in progress are given a moment to finish. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void route(HttpRouting.Builder routing, JsonCodec json, ErrorMapping errors) {
        ChargePointLocator locator = new ChargePointLocator(useCases.simulatorStatus());
        ConnectorMapper connectorMapper = Mappers.getMapper(ConnectorMapper.class);
        ConnectionMapper connectionMapper = Mappers.getMapper(ConnectionMapper.class);

        var connectors = new ConnectorsService(useCases.connectors(), useCases.plugIn(), useCases.plugOut(), locator,
                connectorMapper, json);
        var transactions = new TransactionsService(useCases.startTransaction(), useCases.stopTransaction(),
                settings.requestTimeout(), locator, connectorMapper, json);
        var faults = new FaultsService(useCases.injectFault(), useCases.clearFault(), locator, connectorMapper, json);
        var ev = new EvControlService(useCases.evControl(), locator, connectorMapper, json);
        var connection = new ConnectionService(useCases.connect(), useCases.disconnect(), useCases.connectionStatus(),
                locator, connectionMapper, json);
        var configuration = new ConfigurationService(useCases.configuration(), useCases.coreProfile(), locator,
                Mappers.getMapper(ConfigurationMapper.class), json);
        var dataTransfer = new DataTransferService(useCases.dataTransfer(), settings.requestTimeout(), locator,
                Mappers.getMapper(DataTransferMapper.class), json);
        var statistics = new StatisticsService(useCases.statistics(), locator,
                Mappers.getMapper(StatisticsMapper.class), json);

        routing.register(new SystemService(useCases.simulatorStatus(), Mappers.getMapper(SystemMapper.class), json))
                .register("/connectors", connectors, transactions, faults, ev)
                .register(CHARGE_POINT_PREFIX + "/connectors", connectors, transactions, faults, ev)
                .register("/connection", connection)
                .register(CHARGE_POINT_PREFIX + "/connection", connection)
                .register("/configuration", configuration)
                .register(CHARGE_POINT_PREFIX + "/configuration", configuration)
                .register("/data-transfer", dataTransfer)
                .register(CHARGE_POINT_PREFIX + "/data-transfer", dataTransfer)
                .register("/stats", statistics)
                .register(CHARGE_POINT_PREFIX + "/stats", statistics)
                .register("/events", new EventsService(useCases.events(), Mappers.getMapper(EventMapper.class), json));
        errors.register(routing);
    }

    private static CorsFeature permissiveCors() {
        return CorsFeature.builder()
                .enabled(true)
                .addDefaults(false)
                .addPath(CorsPathConfig.builder().pathPattern("/*").build())
                .build();
    }
}
