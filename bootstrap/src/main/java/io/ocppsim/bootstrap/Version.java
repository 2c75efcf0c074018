package io.ocppsim.bootstrap;

/** The simulator's version, as the build wrote it into the jar's manifest. */
public final class Version {

    private Version() {
    }

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }
}
