package org.charter.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The devstack jar unpacked into plain jars on the class path ({@code app.jar} naming
 * {@code lib/*.jar} in its manifest), the layout Spring Boot's {@code extract} produces: class
 * data sharing archives only classes the JVM's own class loader read from plain jar files, never
 * those of jars nested in a jar. Unpacked once per build of the jar (a stamp names the jar's size,
 * time and the JVM), into a sibling directory; a stale one is replaced whole.
 */
final class UnpackedJar {

    static final String APP_JAR = "app.jar";
    private static final String STAMP = "unpacked-from";
    private static final String LIB = "BOOT-INF/lib/";
    private static final String CLASSES = "BOOT-INF/classes/";
    private static final String CLASSPATH_INDEX = "BOOT-INF/classpath.idx";

    private final Path directory;

    private UnpackedJar(Path directory) {
        this.directory = directory;
    }

    /** The unpacked copy of {@code fatJar} in {@code directory}, unpacked now if missing or stale. */
    static UnpackedJar of(Path fatJar, Path directory, String mainClass) {
        String stamp = stampOf(fatJar);
        try {
            Path stampFile = directory.resolve(STAMP);
            if (!Files.exists(stampFile) || !Files.readString(stampFile).equals(stamp)) {
                Path fresh = Files.createTempDirectory(directory.getParent(), directory.getFileName() + ".unpacking-");
                unpack(fatJar, fresh, mainClass);
                Files.writeString(fresh.resolve(STAMP), stamp);
                deleteRecursively(directory);
                Files.move(fresh, directory, StandardCopyOption.ATOMIC_MOVE);
            }
            return new UnpackedJar(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + fatJar + " into " + directory, e);
        }
    }

    Path appJar() {
        return directory.resolve(APP_JAR);
    }

    Path directory() {
        return directory;
    }

    private static String stampOf(Path fatJar) {
        try {
            return Files.size(fatJar) + " " + Files.getLastModifiedTime(fatJar).toMillis() + " "
                    + System.getProperty("java.vm.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unpack(Path fatJar, Path target, String mainClass) throws IOException {
        Files.createDirectories(target.resolve("lib"));
        try (JarFile jar = new JarFile(fatJar.toFile())) {
            List<String> classPath = new ArrayList<>();
            for (String library : libraries(jar)) {
                String name = library.substring(LIB.length());
                try (InputStream in = jar.getInputStream(jar.getEntry(library))) {
                    Files.copy(in, target.resolve("lib").resolve(name));
                }
                classPath.add("lib/" + name);
            }
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
            try (OutputStream file = Files.newOutputStream(target.resolve(APP_JAR));
                 JarOutputStream app = new JarOutputStream(file, manifest)) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(CLASSES) && name.length() > CLASSES.length()
                            && !name.equals(CLASSES + "META-INF/MANIFEST.MF")) {
                        app.putNextEntry(new JarEntry(name.substring(CLASSES.length())));
                        if (!entry.isDirectory()) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                in.transferTo(app);
                            }
                        }
                        app.closeEntry();
                    }
                }
            }
        }
    }

    /** The nested jars in the class path order Spring Boot's launcher uses. */
    private static List<String> libraries(JarFile jar) throws IOException {
        JarEntry index = jar.getJarEntry(CLASSPATH_INDEX);
        List<String> libraries = new ArrayList<>();
        if (index != null) {
            try (InputStream in = jar.getInputStream(index)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String entry = line.trim().replaceFirst("^- ", "").replace("\"", "");
                    if (entry.startsWith(LIB)) {
                        libraries.add(entry);
                    }
                }
            }
        } else {
            jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(LIB) && n.endsWith(".jar")).forEach(libraries::add);
        }
        return libraries;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
