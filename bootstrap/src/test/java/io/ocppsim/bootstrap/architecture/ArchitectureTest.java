package io.ocppsim.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the project's main classes against {@link ArchitectureRules}, and shows that each rule
 * can fail: against the fixtures under {@code io.ocppsim.bootstrap.architecture.fixture}, each
 * of which breaks one rule, and against a package that does not exist.
 */
class ArchitectureTest {

    private static final String PROJECT = "io.ocppsim";
    private static final String FIXTURE = "io.ocppsim.bootstrap.architecture.fixture";

    private static JavaClasses project;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        // The other modules come as jars; their test jars (shared test fixtures) are left out.
        project = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")).importPackages(PROJECT);
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    static Stream<Arguments> rules() {
        return ArchitectureRules.all(PROJECT).stream().map(rule -> Arguments.of(rule.getDescription(), rule));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theProjectKeepsTheRule(String description, ArchRule rule) {
        rule.check(project);
    }

    @ParameterizedTest(name = "the project has classes in {0}")
    @ValueSource(strings = {"domain.chargepoint", "domain.connector", "domain.transaction", "domain.meter",
        "domain.fault", "domain.charging", "domain.configuration", "domain.authorization", "domain.smartcharging",
        "application.port.in", "application.port.in.ocpp", "application.port.out", "application.service",
        "adapter.ocpp", "adapter.rest", "adapter.events", "adapter.config", "bootstrap"})
    void noLayerIsEmpty(String layer) {
        assertThat(project.stream().filter(c -> c.getPackageName().startsWith(PROJECT + "." + layer))).isNotEmpty();
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("domain importing a library", rule(ArchitectureRules::domainDependsOnJavaOnly)),
                Arguments.of("application importing an adapter",
                        rule(ArchitectureRules::applicationDependsOnDomainOnly)),
                Arguments.of("adapter importing another adapter",
                        rule(ArchitectureRules::adaptersDoNotDependOnEachOther)),
                Arguments.of("domain importing an adapter", rule(ArchitectureRules::onlyBootstrapDependsOnAdapters)),
                Arguments.of("adapter importing bootstrap", rule(ArchitectureRules::adaptersDoNotDependOnBootstrap)),
                Arguments.of("use case importing an outgoing port",
                        rule(ArchitectureRules::incomingPortsDoNotDependOnOutgoingPorts)),
                Arguments.of("use case that is a class", rule(ArchitectureRules::useCasesAreInterfaces)),
                Arguments.of("outgoing port that is a class", rule(ArchitectureRules::outgoingPortsAreInterfaces)),
                Arguments.of("two packages using each other", rule(ArchitectureRules::noPackageCycles)),
                Arguments.of("System.out outside the command line",
                        rule(ArchitectureRules::noStandardStreamsOutsideTheCommandLine)));
    }

    private static ArchRule rule(Function<String, ArchRule> factory) {
        return factory.apply(FIXTURE);
    }

    @ParameterizedTest(name = "{0} is caught")
    @MethodSource("violations")
    void everyRuleCatchesItsViolation(String violation, ArchRule rule) {
        assertThat(rule.evaluate(fixture).hasViolation()).as(rule.getDescription()).isTrue();
    }

    @Test
    void everyRuleIsCoveredByAFixture() {
        assertThat(violations()).hasSameSizeAs(ArchitectureRules.all(FIXTURE));
    }

    @Test
    void aRuleOverAMistypedPackageFails() {
        List<ArchRule> rules = ArchitectureRules.all("io.ocppsim.nosuchroot");
        for (ArchRule rule : rules) {
            assertThatThrownBy(() -> rule.check(project)).as(rule.getDescription())
                    .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
        }
    }
}
