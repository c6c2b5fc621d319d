package org.airshed.scenarios.run;

/** The program's version: the jar manifest's Implementation-Version, or "dev" outside a jar. */
public final class BuildVersion {
    private BuildVersion() {
    }

    public static String current() {
        String version = BuildVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }
}
