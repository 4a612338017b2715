package org.charter.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The check of a service's domain jar (classifier {@code domain}, built by the root pom's
 * {@code domain-jar} execution in the package phase, so run it from an IT): it holds the named
 * classes, nothing of an adapter, of the base package (the application class and its wiring) or of
 * the configuration files, and every class in
 * it loads with no Spring, MongoDB, Kafka or Jackson on the class path, so that another module (the
 * audit service's replay) can run the same rules.
 * <pre>{@code
 * @Test
 * void the_domain_jar_holds_the_domain_and_nothing_of_spring() {
 *     DomainJar.check("org.charter.committee", "motion/Motion", "vote/Vote");
 * }
 * }</pre>
 */
public final class DomainJar {

    /** Jars a domain never needs: a domain class that does cannot load without them. */
    private static final List<String> FRAMEWORKS = List.of("spring", "mongodb", "bson", "kafka", "jackson", "tomcat",
            "camunda", "micrometer", "cloudevents", "logback", "slf4j");

    private DomainJar() {
    }

    /**
     * @param basePackage the service's package ({@code org.charter.committee})
     * @param classes     classes that must be in it, relative to the base package ({@code motion/Motion})
     */
    public static void check(String basePackage, String... classes) {
        String root = basePackage.replace('.', '/') + "/";
        Path jar = domainJar();
        List<String> entries = entriesOf(jar);

        assertThat(entries).contains(Arrays.stream(classes).map(c -> root + c + ".class").toArray(String[]::new));
        assertThat(entries).noneMatch(entry -> entry.contains("/adapter/"));
        assertThat(entries).noneMatch(entry -> entry.startsWith(root) && entry.endsWith(".class")
                && entry.indexOf('/', root.length()) < 0);
        assertThat(entries).noneMatch(entry -> entry.endsWith(".yml") || entry.endsWith(".yaml"));
        loadsWithoutFrameworks(jar, entries);
    }

    private static void loadsWithoutFrameworks(Path jar, List<String> entries) {
        List<URL> urls = new ArrayList<>();
        urls.add(url(jar));
        Path ownClasses = Path.of("target", "classes").toAbsolutePath();
        for (String entry : classPath()) {
            Path path = Path.of(entry).toAbsolutePath();
            String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase();
            if (!path.equals(ownClasses) && FRAMEWORKS.stream().noneMatch(name::contains)) {
                urls.add(url(path));
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            for (String entry : entries) {
                if (entry.endsWith(".class") && !entry.endsWith("module-info.class")) {
                    String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                    try {
                        Class.forName(name, false, loader).getDeclaredMethods();
                    } catch (ClassNotFoundException | LinkageError e) {
                        throw new AssertionError(name + " in " + jar.getFileName() + " does not load without Spring and "
                                + "the other frameworks: " + e, e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire and failsafe may start the JVM with a manifest-only jar: their property names the real path. */
    private static List<String> classPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(path.split(File.pathSeparator));
    }

    private static Path domainJar() {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "*-domain.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no *-domain.jar in target: the package phase builds it before integration tests");
    }

    private static List<String> entriesOf(Path jar) {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(JarEntry::getName).forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
