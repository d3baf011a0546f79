package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shaded command-line jar, run as users run it: {@code java -jar streamcause-<version>-cli.jar}. */
class CliJarIT {
    private static final Path LIBRARY = Paths.get(System.getProperty("streamcause.jar"));
    private static final Path CLI =
            Paths.get(System.getProperty("streamcause.jar").replaceAll("\\.jar$", "-cli.jar"));

    private record Result(int exit, String out, String err) {}

    private static Result run(byte[] stdin, String... args) throws Exception {
        return runWith(List.of(), stdin, args);
    }

    private static Result runWith(List<String> jvmOptions, byte[] stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(CLI.toString());
        command.addAll(List.of(args));
        Path err = Files.createTempFile("streamcause", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            p.getOutputStream().write(stdin);
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            return new Result(exit, out, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(err);
        }
    }

    @Test
    void describeRunsFromTheJar() throws Exception {
        Result r = run(new byte[0], "describe", "18", "202", "--lang", "ko");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).startsWith("18/202  ACCOUNT_IN_ARREARS\n").contains("계정 연체로");
        assertThat(r.err).isEmpty();
    }

    @Test
    void analyzeTheSampleFromAFileAndFromStandardInput() throws Exception {
        Result file = run(new byte[0], "analyze", "docs/examples/callbacks.ndjson.gz");
        assertThat(file.exit).as(file.toString()).isEqualTo(Main.REJECTED_LINES);
        assertThat(file.out).isEqualTo(Files.readString(Paths.get("src/test/resources/golden/cli/sample-report.text")));
        assertThat(file.err)
                .as("no progress when not a terminal: only the line that says lines were rejected")
                .isEqualTo("streamcause: 5 lines were rejected (exit code 1); the report shows where and why\n");
        Result stdin = run(Files.readAllBytes(Paths.get("docs/examples/callbacks.ndjson.gz")), "analyze", "-");
        assertThat(stdin.exit).isEqualTo(Main.REJECTED_LINES);
        assertThat(stdin.out).contains("interruptions              2,000");
    }

    @Test
    void exitCodesFromTheJar() throws Exception {
        assertThat(run(new byte[0], "analyze", "no-such-file").exit).isEqualTo(Main.USAGE);
        assertThat(run(new byte[0], "describe").exit).isEqualTo(Main.USAGE);
        assertThat(run("{\"event_type\":0,\"errcode\":1}\n".getBytes(StandardCharsets.UTF_8), "analyze", "-").exit)
                .isEqualTo(Main.OK);
        Result version = run(new byte[0], "--version");
        assertThat(version.out).startsWith("streamcause " + System.getProperty("streamcause.version"));
    }

    @Test
    void theLibraryJarHoldsNoPicocliOrJacksonAndTheCliJarHoldsBoth() throws IOException {
        try (JarFile library = new JarFile(LIBRARY.toFile());
                JarFile cli = new JarFile(CLI.toFile())) {
            List<String> libraryEntries = library.stream().map(e -> e.getName()).collect(Collectors.toList());
            assertThat(libraryEntries).noneMatch(n -> n.startsWith("picocli/") || n.startsWith("com/fasterxml/"));
            List<String> cliEntries = cli.stream().map(e -> e.getName()).collect(Collectors.toList());
            assertThat(cliEntries)
                    .contains(
                            "picocli/CommandLine.class",
                            "com/fasterxml/jackson/databind/ObjectMapper.class",
                            "io/github/streamcause/ErrorCodes.class",
                            "io/github/streamcause/messages_ko.properties")
                    .noneMatch(n -> n.endsWith("module-info.class"));
            assertThat(cli.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("io.github.streamcause.cli.Main");
        }
    }

    @Test
    void runningOutOfMemoryIsOneClearLineAndExitTwo() throws Exception {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 600_000; i++) {
            log.append("{\"event_type\":0,\"errcode\":12,\"sequence\":\"")
                    .append(i)
                    .append("\"}\n");
        }
        Path file = Files.createTempFile("streamcause-oom", ".ndjson");
        Result r;
        try {
            Files.writeString(file, log);
            r = runWith(List.of("-Xmx24m"), new byte[0], "analyze", file.toString());
        } finally {
            Files.delete(file);
        }
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.USAGE);
        assertThat(r.err)
                .startsWith("streamcause: out of memory, no report printed")
                .doesNotContain("\tat ");
        assertThat(r.err.lines()).hasSize(1);
        assertThat(r.out).isEmpty();
    }
}
