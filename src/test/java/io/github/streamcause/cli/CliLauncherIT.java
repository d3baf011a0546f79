package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher the build puts next to the jar, {@code target/streamcause}, run with {@code sh}. */
class CliLauncherIT {
    private static final Path JAR = Paths.get(System.getProperty("streamcause.jar"));
    private static final Path LAUNCHER = JAR.resolveSibling("streamcause");
    private static final Path CLI =
            JAR.resolveSibling(JAR.getFileName().toString().replaceAll("\\.jar$", "-cli.jar"));

    private record Result(int exit, String out, String err) {}

    @BeforeAll
    static void aPosixShell() {
        assumeTrue(new File("/bin/sh").canExecute(), "the launcher is a POSIX shell script");
    }

    private static Result run(Path script, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("STREAMCAUSE_OPTS");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Path err = Files.createTempFile("streamcause", ".err");
        try {
            Process p = pb.redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Result(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(err);
        }
    }

    @Test
    void theBuildPutsAnExecutableLauncherNextToTheJar() {
        assertThat(LAUNCHER).isRegularFile();
        assertThat(LAUNCHER.toFile().canExecute()).isTrue();
    }

    @Test
    void theLauncherRunsTheJarAndPassesItsExitCodeOn() throws Exception {
        Result describe = run(LAUNCHER, Map.of(), "describe", "18", "202");
        assertThat(describe.exit).as(describe.toString()).isZero();
        assertThat(describe.out).startsWith("18/202  ACCOUNT_IN_ARREARS\ncategory:     AUTH\n");
        assertThat(describe.err).isEmpty();

        Result unknown = run(LAUNCHER, Map.of(), "describe", "--text", "nothing-known");
        assertThat(unknown.exit).as(unknown.toString()).isEqualTo(Main.NO_MATCH);
        assertThat(run(LAUNCHER, Map.of(), "describe").exit).isEqualTo(Main.USAGE);
        Result rejected = run(LAUNCHER, Map.of(), "analyze", "docs/examples/callbacks.ndjson.gz");
        assertThat(rejected.exit).isEqualTo(Main.REJECTED_LINES);
        assertThat(rejected.out).contains("interruptions              2,000");
    }

    @Test
    void theFlagsAreTheLaunchersUnlessStreamcauseOptsIsSetAndJavaOptsComesAfter() throws Exception {
        String defaults = run(LAUNCHER, Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "--version").out;
        assertThat(defaults).contains("-XX:TieredStopAtLevel=1").doesNotContain("UseSerialGC");
        String analyze = run(LAUNCHER, Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "analyze", "--help").out;
        assertThat(analyze).contains("-XX:+UseSerialGC").doesNotContain("TieredStopAtLevel");
        String merge = run(LAUNCHER, Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "merge", "--help").out;
        assertThat(merge).contains("-XX:+UseSerialGC").doesNotContain("TieredStopAtLevel");
        String none = run(
                        LAUNCHER,
                        Map.of("STREAMCAUSE_OPTS", "", "JAVA_OPTS", "-XX:+PrintCommandLineFlags"),
                        "--version")
                .out;
        assertThat(none).doesNotContain("TieredStopAtLevel", "UseSerialGC").contains("streamcause ");
        String own = run(
                        LAUNCHER,
                        Map.of("STREAMCAUSE_OPTS", "-XX:+PrintCommandLineFlags -XX:TieredStopAtLevel=4"),
                        "--version")
                .out;
        assertThat(own).contains("-XX:TieredStopAtLevel=4").doesNotContain("UseSerialGC", "TieredStopAtLevel=1");
    }

    @Test
    void javaHomeIsTheJavaThatRuns(@TempDir Path dir) throws Exception {
        Result bad = run(LAUNCHER, Map.of("JAVA_HOME", dir.toString()), "describe", "18", "202");
        assertThat(bad.exit).isEqualTo(Main.USAGE);
        assertThat(bad.out).isEmpty();
        assertThat(bad.err)
                .isEqualTo("streamcause: JAVA_HOME is " + dir + ", but " + dir + "/bin/java is not a program\n");
    }

    @Test
    void aLinkToTheLauncherFindsTheJarNextToTheLauncher(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("streamcause"), LAUNCHER.toAbsolutePath());
        Result r = run(link, Map.of(), "describe", "18", "202");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).startsWith("18/202  ACCOUNT_IN_ARREARS\n");
        Files.delete(link); // before JUnit does, which warns that it points out of the folder
    }

    @Test
    void theScriptAsInTheSourcesTakesTheOnlyCliJarBesideIt(@TempDir Path dir) throws Exception {
        Path script = Files.copy(Paths.get("src/main/dist/streamcause"), dir.resolve("streamcause"));
        Result none = run(script, Map.of(), "describe", "18", "202");
        assertThat(none.exit).isEqualTo(Main.USAGE);
        assertThat(none.err).startsWith("streamcause: no streamcause-*-cli.jar next to ");

        Files.copy(CLI, dir.resolve("streamcause-9.9.9-cli.jar"));
        Result one = run(script, Map.of(), "describe", "18", "202");
        assertThat(one.exit).as(one.toString()).isZero();
        assertThat(one.out).startsWith("18/202  ACCOUNT_IN_ARREARS\n");

        Files.copy(CLI, dir.resolve("streamcause-9.9.10-cli.jar"));
        Result two = run(script, Map.of(), "describe", "18", "202");
        assertThat(two.exit).isEqualTo(Main.USAGE);
        assertThat(two.err).startsWith("streamcause: several streamcause-*-cli.jar in ");
    }
}
