package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular application — a {@code module-info.java} of its own, compiled and packaged here — with the
 * packaged jar and Jackson on the module path, in a fresh JVM: what it must require to read payloads and
 * render JSON or CSV, and where it puts a language file of its own (docs/payloads.md and
 * docs/classification.md say so).
 */
class ModulePathIT {
    private static final String ARREARS_FR = "Compte en impayé : le service est suspendu.";
    private static final String ARREARS_EN =
            "Account in arrears: the live streaming service is suspended until the account is topped up.";

    /** Uses the readers, the JSON and the CSV report, each step's outcome or error on its own line. */
    private static final String PAYLOADS = "package app;\n"
            + "import io.github.streamcause.ErrorCodes;\n"
            + "import io.github.streamcause.render.ReportFormat;\n"
            + "import io.github.streamcause.report.InterruptionReport;\n"
            + "import io.github.streamcause.tencent.CallbackEvent;\n"
            + "import java.io.StringWriter;\n"
            + "public final class Main {\n"
            + "    public static void main(String[] args) {\n"
            + "        System.out.println(\"core: \" + ErrorCodes.describe(18, \"推流域名被禁用\").subcode());\n"
            + "        try {\n"
            + "            System.out.println(\"parse: \" + CallbackEvent.parse(\n"
            + "                    \"{\\\"event_type\\\":0,\\\"errcode\\\":18,\\\"errmsg\\\":\\\"推流域名被禁用\\\"}\")\n"
            + "                    .diagnosis().get().subcode());\n"
            + "        } catch (Throwable e) {\n"
            + "            System.out.println(\"parse: \" + e);\n"
            + "        }\n"
            + "        for (ReportFormat format : new ReportFormat[] {ReportFormat.JSON, ReportFormat.CSV}) {\n"
            + "            try {\n"
            + "                StringWriter out = new StringWriter();\n"
            + "                format.write(InterruptionReport.builder().build(), out);\n"
            + "                System.out.println(format + \": \" + out.toString().trim().split(\"\\\\R\")[0]);\n"
            + "            } catch (Throwable e) {\n"
            + "                System.out.println(format + \": \" + e);\n"
            + "            }\n"
            + "        }\n"
            + "    }\n"
            + "}\n";

    /** Prints the French text of 18/202. */
    private static final String LANGUAGE = "package app;\n"
            + "import io.github.streamcause.ErrorCodes;\n"
            + "import java.util.Locale;\n"
            + "public final class Main {\n"
            + "    public static void main(String[] args) {\n"
            + "        System.out.println(\"module=\" + Main.class.getModule().getName());\n"
            + "        System.out.println(\"fr=\" + ErrorCodes.describe(18, 202).description(Locale.FRENCH));\n"
            + "    }\n"
            + "}\n";

    private static final String FRENCH = "18.202.description=" + ARREARS_FR + "\n";

    private static final String JSON_LINE = "JSON: {";
    private static final String CSV_LINE = "CSV: section,name,code,count";

    private static Path jar;
    private static String modulePath;
    private static Path work;

    @BeforeAll
    static void setUp(@TempDir Path dir) throws Exception {
        jar = Paths.get(System.getProperty("streamcause.jar"));
        assertThat(jar).as("the packaged jar").isRegularFile();
        List<String> path = new ArrayList<>();
        path.add(jar.toString());
        for (Class<?> c : List.of(
                com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.databind.ObjectMapper.class,
                // databind's own dependency, by name: the tests do not use it
                Class.forName("com.fasterxml.jackson.annotation.JsonProperty"),
                com.fasterxml.jackson.dataformat.csv.CsvFactory.class)) {
            path.add(Paths.get(c.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString());
        }
        modulePath = String.join(File.pathSeparator, path);
        work = dir;
    }

    @Test
    void withoutJacksonInTheModuleGraphTheReadersAndRenderersFailButTheCoreWorks() throws Exception {
        Path app = app("bare", "requires io.github.streamcause;", PAYLOADS, null);
        Run run = java("--module-path", modulePath + File.pathSeparator + app, "-m", "app/app.Main");
        assertThat(run.lines()).hasSize(4);
        assertThat(run.lines().subList(0, 2))
                .containsExactly(
                        "core: 303", "parse: java.lang.NoClassDefFoundError: com/fasterxml/jackson/core/JsonParser");
        assertThat(run.lines().get(2)).startsWith("JSON: java.lang.NoClassDefFoundError: com/fasterxml/jackson/");
        assertThat(run.lines().get(3)).startsWith("CSV: java.lang.NoClassDefFoundError: com/fasterxml/jackson/");
    }

    @Test
    void requiringDatabindReadsWritesJsonAndBindsTheCsvModuleOnTheModulePath() throws Exception {
        Path app = app(
                "databind", "requires io.github.streamcause; requires com.fasterxml.jackson.databind;", PAYLOADS, null);
        Run run = java("--module-path", modulePath + File.pathSeparator + app, "-m", "app/app.Main");
        assertThat(run.lines()).containsExactly("core: 303", "parse: 303", JSON_LINE, CSV_LINE);
    }

    /**
     * jackson-core {@code uses ObjectCodec}, which databind and the CSV module provide: once any Jackson
     * module is in the graph, service binding resolves the others found on the module path.
     */
    @Test
    void requiringJacksonCoreAloneBindsTheOtherJacksonModules() throws Exception {
        Path app = app("core", "requires io.github.streamcause; requires com.fasterxml.jackson.core;", PAYLOADS, null);
        Run run = java("--module-path", modulePath + File.pathSeparator + app, "-m", "app/app.Main");
        assertThat(run.lines()).containsExactly("core: 303", "parse: 303", JSON_LINE, CSV_LINE);
    }

    @Test
    void addModulesDoesWhatRequiresDoes() throws Exception {
        Path app = app("added", "requires io.github.streamcause;", PAYLOADS, null);
        Run run = java(
                "--module-path",
                modulePath + File.pathSeparator + app,
                "--add-modules",
                "com.fasterxml.jackson.databind",
                "-m",
                "app/app.Main");
        assertThat(run.lines()).containsExactly("core: 303", "parse: 303", JSON_LINE, CSV_LINE);
    }

    @Test
    void aLanguageFileInTheLibrarysPackageFolderOfTheApplicationsModuleIsASplitPackage() throws Exception {
        Path app = app("split", "requires io.github.streamcause;", LANGUAGE, "io/github/streamcause");
        Run run = java("--module-path", jar + File.pathSeparator + app, "-m", "app/app.Main");
        assertThat(run.exitCode()).isOne();
        assertThat(run.lines())
                .containsExactly(
                        "Error occurred during initialization of boot layer",
                        "java.lang.module.ResolutionException: Module app contains package io.github.streamcause,"
                                + " module io.github.streamcause exports package io.github.streamcause to app");
    }

    @Test
    void aLanguageFileInMetaInfOfTheApplicationsModuleIsRead() throws Exception {
        Path app = app("metainf", "requires io.github.streamcause;", LANGUAGE, "META-INF/streamcause");
        Run run = java("--module-path", jar + File.pathSeparator + app, "-m", "app/app.Main");
        assertThat(run.lines()).containsExactly("module=app", "fr=" + ARREARS_FR);
    }

    @Test
    void aLanguageFileOnTheClassPathBesideTheModulesIsRead() throws Exception {
        Path app = app("classpath", "requires io.github.streamcause;", LANGUAGE, null);
        Path folder = Files.createDirectories(work.resolve("classpath-messages/io/github/streamcause"));
        Files.write(folder.resolve("messages_fr.properties"), FRENCH.getBytes(StandardCharsets.UTF_8));
        Run run = java(
                "--module-path",
                jar + File.pathSeparator + app,
                "-cp",
                work.resolve("classpath-messages").toString(),
                "-m",
                "app/app.Main");
        assertThat(run.lines()).containsExactly("module=app", "fr=" + ARREARS_FR);

        Run without = java("--module-path", jar + File.pathSeparator + app, "-m", "app/app.Main");
        assertThat(without.lines()).containsExactly("module=app", "fr=" + ARREARS_EN);
    }

    /**
     * The modular jar of module {@code app}: {@code app.Main} from {@code source}, and, if {@code messages} is
     * not null, {@code messages_fr.properties} in that folder. Compiled and packaged as javac and jar do.
     */
    private static Path app(String name, String requires, String source, String messages) throws IOException {
        Path src = Files.createDirectories(work.resolve(name + "/src/app"));
        Path classes = Files.createDirectories(work.resolve(name + "/classes"));
        Files.writeString(src.resolve("module-info.java"), "module app { " + requires + " }\n");
        Files.writeString(src.resolve("Main.java"), source);
        JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units =
                    files.getJavaFileObjects(src.resolve("module-info.java"), src.resolve("Main.java"));
            boolean compiled = javac.getTask(
                            new java.io.OutputStreamWriter(diagnostics, StandardCharsets.UTF_8),
                            files,
                            null,
                            List.of("--module-path", modulePath, "-d", classes.toString(), "-encoding", "UTF-8"),
                            null,
                            units)
                    .call();
            assertThat(compiled)
                    .as(diagnostics.toString(StandardCharsets.UTF_8))
                    .isTrue();
        }
        if (messages != null) {
            Path folder = Files.createDirectories(classes.resolve(messages));
            Files.write(folder.resolve("messages_fr.properties"), FRENCH.getBytes(StandardCharsets.UTF_8));
        }
        Path appJar = work.resolve(name + "/app.jar");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = ToolProvider.findFirst("jar")
                .orElseThrow()
                .run(print, print, "--create", "--file", appJar.toString(), "-C", classes.toString(), ".");
        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
        return appJar;
    }

    private record Run(int exitCode, List<String> lines) {}

    private static Run java(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-Dsun.stdout.encoding=UTF-8");
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        List<String> lines = Stream.of(output.split("\\R")).collect(Collectors.toList());
        if (!lines.get(0).startsWith("Error occurred")) {
            assertThat(code).as(output).isZero();
        }
        return new Run(code, lines);
    }
}
