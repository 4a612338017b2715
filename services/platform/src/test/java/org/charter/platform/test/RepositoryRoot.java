package org.charter.platform.test;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a test finds the repository's own files (docs, realms, models), whatever module it runs in. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /** The nearest folder at or above the working directory that holds {@code mvnw}. */
    public static Path find() {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw"))) {
                return p;
            }
        }
        throw new AssertionError("no repository root (a folder with mvnw) at or above " + start);
    }
}
