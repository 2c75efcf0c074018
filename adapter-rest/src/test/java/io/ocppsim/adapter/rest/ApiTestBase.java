package io.ocppsim.adapter.rest;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the real API on 127.0.0.1 and a free port, once per test class, backed by
 * {@link UseCaseMocks} that are reset before every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTestBase {

    protected final UseCaseMocks useCases = new UseCaseMocks();
    protected ApiClient api;
    private RestApi restApi;

    /** The settings the server runs with; override to change them for a test class. */
    protected RestSettings settings() {
        return new RestSettings("127.0.0.1", 0, true, Duration.ofSeconds(10));
    }

    @BeforeAll
    void startServer() {
        restApi = new RestApi(settings(), useCases.useCases());
        api = new ApiClient(restApi.start());
    }

    @AfterAll
    void stopServer() {
        restApi.stop();
    }

    @BeforeEach
    void resetUseCases() {
        useCases.reset();
    }
}
