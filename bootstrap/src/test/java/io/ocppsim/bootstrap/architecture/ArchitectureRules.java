package io.ocppsim.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;

/**
 * The architecture of the project as ArchUnit rules, written for any root package so that the
 * same rules can be checked against the project ({@code io.ocppsim}) and against small fixtures
 * that break them. Every rule fails when its {@code that()} matches nothing, so a mistyped or
 * emptied package fails the build instead of passing silently.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static ArchRule domainDependsOnJavaOnly(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .allowEmptyShould(false)
                .because("the domain is a plain Java library others can embed");
    }

    static ArchRule applicationDependsOnDomainOnly(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..", root + ".application..")
                .allowEmptyShould(false)
                .because("the application core knows the outside world only through its ports");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..").should().notDependOnEachOther()
                .allowEmptyShould(false)
                .because("each adapter talks to the application only");
    }

    static ArchRule onlyBootstrapDependsOnAdapters(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".bootstrap..", root + ".adapter..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".adapter..", root + ".bootstrap..")
                .allowEmptyShould(false)
                .because("bootstrap wires the adapters; nothing else may know them");
    }

    static ArchRule adaptersDoNotDependOnBootstrap(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
                .allowEmptyShould(false);
    }

    static ArchRule incomingPortsDoNotDependOnOutgoingPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".application.port.in..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.port.out..")
                .allowEmptyShould(false)
                .because("use cases must not leak what the core needs from outside");
    }

    static ArchRule useCasesAreInterfaces(String root) {
        return classes().that().resideInAPackage(root + ".application.port.in..")
                .and().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces()
                .allowEmptyShould(false);
    }

    static ArchRule outgoingPortsAreInterfaces(String root) {
        return classes().that().resideInAPackage(root + ".application.port.out..")
                .and().haveSimpleNameEndingWith("Port")
                .should().beInterfaces()
                .allowEmptyShould(false);
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .allowEmptyShould(false);
    }

    /** Only the command line writes to the standard streams; everything else logs or returns. */
    static ArchRule noStandardStreamsOutsideTheCommandLine(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root + ".bootstrap.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .allowEmptyShould(false);
    }

    static List<ArchRule> all(String root) {
        return List.of(domainDependsOnJavaOnly(root), applicationDependsOnDomainOnly(root),
                adaptersDoNotDependOnEachOther(root), onlyBootstrapDependsOnAdapters(root),
                adaptersDoNotDependOnBootstrap(root), incomingPortsDoNotDependOnOutgoingPorts(root),
                useCasesAreInterfaces(root), outgoingPortsAreInterfaces(root), noPackageCycles(root),
                noStandardStreamsOutsideTheCommandLine(root));
    }
}
