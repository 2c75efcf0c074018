package io.ocppsim.adapter.ocpp;

import io.ocppsim.adapter.ocpp.transport.OcppTransport;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails any test during which the simulator built an OCPP payload that breaks the schema (it is
 * refused, never sent, and counted by {@link OcppTransport#invalidPayloadsRefused()}). Registered
 * for every test of the module through the service loader; a test that provokes one on purpose
 * says so with {@link ProducesInvalidPayloadOnPurpose}.
 */
public final class NoInvalidPayloadsExtension implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(NoInvalidPayloadsExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("before", OcppTransport.invalidPayloadsRefused());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        long before = context.getStore(NAMESPACE).get("before", Long.class);
        long during = OcppTransport.invalidPayloadsRefused() - before;
        boolean onPurpose = context.getRequiredTestMethod().isAnnotationPresent(ProducesInvalidPayloadOnPurpose.class);
        if (during > 0 && !onPurpose) {
            throw new AssertionError(during + " OCPP payload(s) the simulator built broke the schema during "
                    + context.getDisplayName() + " (see the ERROR events: 'refused to send an invalid ...')");
        }
    }
}
