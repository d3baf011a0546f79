package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged jar with a jackson-core older than 2.16 (copied by the build into target/old-jackson): the
 * readers fail with one clear message that names the version needed and the one found, every time, instead
 * of {@code NoSuchMethodError} (2.15) or {@code NoClassDefFoundError} (2.12).
 */
class OldJacksonIT {
    @ParameterizedTest
    @ValueSource(strings = {"2.15.4", "2.12.7"})
    void anOldJacksonIsNamedInOneClearMessage(String version, @TempDir Path dir) throws Exception {
        Path jackson = Paths.get(System.getProperty("streamcause.oldJackson"), "jackson-core-" + version + ".jar");
        assertThat(jackson).as("copied by the build").isRegularFile();
        String message = "java.lang.IllegalStateException: StreamCause needs jackson-core 2.16 or newer; found "
                + version + " on the class path";
        assertThat(run(jackson, dir)).containsExactly(message, message);
    }

    @Test
    void theJacksonOfTheBuildReads(@TempDir Path dir) throws Exception {
        Path jackson = Paths.get(com.fasterxml.jackson.core.JsonFactory.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        assertThat(run(jackson, dir)).containsExactly("errcode=OptionalInt[18]", "errcode=OptionalInt[18]");
    }

    /** The probe's lines, run with the library jar and {@code jackson} alone. */
    private static List<String> run(Path jackson, Path dir) throws Exception {
        Path jar = Paths.get(System.getProperty("streamcause.jar"));
        Path probe = Paths.get(probe.JacksonProbe.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve("probe/JacksonProbe.class");
        Files.createDirectories(dir.resolve("probe"));
        Files.copy(probe, dir.resolve("probe/JacksonProbe.class"));
        return run(String.join(File.pathSeparator, jar.toString(), jackson.toString(), dir.toString()));
    }

    private static List<String> run(String classPath) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        Paths.get(System.getProperty("java.home"), "bin", "java")
                                .toString(),
                        "-cp",
                        classPath,
                        "probe.JacksonProbe")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.lines().toList();
    }
}
