package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, alone, in a fresh JVM: on the class path and on the module path, with an
 * application's own language file beside it, and a Korean default locale.
 */
class JarIT {
    private static Path jar;
    private static Path probeDir;

    @BeforeAll
    static void setUp(@TempDir Path dir) throws IOException {
        jar = Paths.get(System.getProperty("streamcause.jar"));
        assertThat(jar).as("the packaged jar").isRegularFile();
        probeDir = dir.resolve("probe");
        Path probeClass = Paths.get(probe.CoreProbe.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .resolve("probe/CoreProbe.class");
        Files.createDirectories(probeDir.resolve("probe"));
        Files.copy(probeClass, probeDir.resolve("probe/CoreProbe.class"));
        Path messages = Files.createDirectories(probeDir.resolve("io/github/streamcause"));
        Files.write(
                messages.resolve("messages_fr.properties"),
                ("18.202.description=Compte en impayé : le service est suspendu.\n"
                                + "remedy.top-up=Rechargez le compte.\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void manifestNamesTheModule() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .isEqualTo("io.github.streamcause");
            assertThat(file.stream().map(e -> e.getName()).filter(n -> !n.endsWith("/")))
                    .as("the jar holds the library only")
                    .allMatch(
                            n -> n.startsWith("io/github/streamcause/") || n.startsWith("META-INF/"), "in the package")
                    .contains(
                            "io/github/streamcause/ErrorCodes.class",
                            "io/github/streamcause/messages.properties",
                            "io/github/streamcause/messages_ko.properties",
                            "io/github/streamcause/messages_zh.properties",
                            "io/github/streamcause/messages_ja.properties",
                            "io/github/streamcause/reason-texts.tsv",
                            "META-INF/services/com.fasterxml.jackson.databind.Module");
        }
    }

    @Test
    void onTheClassPath() throws Exception {
        List<String> out = run("-cp", jar + java.io.File.pathSeparator + probeDir, "probe.CoreProbe");
        assertThat(out).contains("module=null");
        checkCommon(out);
    }

    @Test
    void onTheModulePath() throws Exception {
        List<String> out = run(
                "--module-path",
                jar.toString(),
                "--add-modules",
                "io.github.streamcause",
                "-cp",
                probeDir.toString(),
                "probe.CoreProbe");
        assertThat(out).contains("module=io.github.streamcause");
        checkCommon(out);
    }

    private static void checkCommon(List<String> out) {
        assertThat(out)
                .contains(
                        "toString=18/202 AUTH FIX_REQUIRED Account in arrears: the live streaming service is suspended"
                                + " until the account is topped up.",
                        "en=Account in arrears: the live streaming service is suspended until the account is topped up.",
                        "default=Account in arrears: the live streaming service is suspended until the account is"
                                + " topped up.",
                        "ko=계정 연체로 라이브 방송 서비스가 일시적으로 정지되었습니다. 즉시 충전하시기 바랍니다.",
                        "zh=账号欠费，您的直播服务已被暂时关停，请及时充值",
                        "fr=Compte en impayé : le service est suspendu.",
                        "fr-remedy=Rechargez le compte.",
                        "recognized=[CLIENT_CLOSED_STREAM]",
                        "errmsg=303",
                        "jackson=absent");
    }

    private static List<String> run(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-Dsun.stdout.encoding=UTF-8");
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return List.of(output.split("\\R"));
    }
}
