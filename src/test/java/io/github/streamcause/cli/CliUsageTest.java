package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command's manners: version and help everywhere, values in any case, one shape of error, hints. */
class CliUsageTest {
    private static void assertUsageError(Cli r, String... lines) {
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.USAGE);
        assertThat(r.out).as(r.toString()).isEmpty();
        assertThat(r.err).as(r.toString()).isEqualTo(String.join("\n", lines) + "\n");
    }

    // ---- version and help ----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"describe", "list", "analyze", "merge"})
    void everySubcommandPrintsTheVersion(String command) {
        Cli top = Cli.run("--version");
        assertThat(top.out).startsWith("streamcause 0.1.0").contains("\nJava ");
        for (String[] args : new String[][] {{command, "--version"}, {command, "-V"}}) {
            Cli r = Cli.run(args);
            assertThat(r.exit).as(r.toString()).isZero();
            assertThat(r.err).isEmpty();
            assertThat(r.out).as(String.join(" ", args)).isEqualTo(top.out);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"describe", "list", "analyze", "merge"})
    void helpCommandPrintsTheHelpOfTheCommandItNames(String command) {
        Cli help = Cli.run("help", command);
        assertThat(help.exit).as(help.toString()).isZero();
        assertThat(help.err).isEmpty();
        assertThat(help.out).startsWith("Usage: streamcause " + command).isEqualTo(Cli.run(command, "--help").out);
    }

    @Test
    void helpAloneIsTheTopLevelHelpAndAnUnknownNameIsAUsageError() {
        Cli help = Cli.run("help");
        assertThat(help.exit).as(help.toString()).isZero();
        assertThat(help.out).isEqualTo(Cli.run("--help").out).contains("\n  help  ");
        Cli unknown = Cli.run("help", "nope");
        assertThat(unknown.exit).isEqualTo(Main.USAGE);
        assertThat(unknown.err).startsWith("streamcause: Unknown subcommand 'nope'.\n");
    }

    @Test
    void theHelpEndsWithTheProjectsAddressAndTheDocument() throws IOException {
        String pom = Files.readString(Paths.get("pom.xml"), StandardCharsets.UTF_8);
        Matcher url = Pattern.compile("<url>([^<]+)</url>").matcher(pom);
        assertThat(url.find()).isTrue();
        assertThat(url.group(1)).isEqualTo(StreamCauseCommand.PROJECT_URL);
        assertThat(Cli.run("--help").out).endsWith("\nDocumentation: " + url.group(1) + "/blob/main/docs/cli.md\n");
        assertThat(Paths.get("docs/cli.md")).exists();
    }

    // ---- commands that do not exist ------------------------------------------------------------------------

    @Test
    void anUnknownCommandIsNamedWithTheNearestOne() {
        assertUsageError(
                Cli.run("lsit"),
                "streamcause: unknown command 'lsit'",
                "Did you mean: streamcause list?",
                "Try 'streamcause --help'.");
        assertUsageError(
                Cli.run("analyse", "x.ndjson"),
                "streamcause: unknown command 'analyse'",
                "Did you mean: streamcause analyze?",
                "Try 'streamcause --help'.");
        assertUsageError(
                Cli.run("Describe", "18"),
                "streamcause: unknown command 'Describe'",
                "Did you mean: streamcause describe?",
                "Try 'streamcause --help'.");
        assertUsageError(
                Cli.run("desc", "18"),
                "streamcause: unknown command 'desc'",
                "Did you mean: streamcause describe?",
                "Try 'streamcause --help'.");
    }

    @Test
    void anUnknownCommandWithNoneNearListsThemAll() {
        assertUsageError(
                Cli.run("foo"),
                "streamcause: unknown command 'foo'",
                "The commands are describe, list, analyze, merge, generate-completion, help.",
                "Try 'streamcause --help'.");
        assertUsageError(
                Cli.run("x", "list"),
                "streamcause: unknown command 'x'",
                "The commands are describe, list, analyze, merge, generate-completion, help.",
                "Try 'streamcause --help'.");
    }

    @Test
    void theNearestCommandsAreAtMostTwoEditsAway() {
        List<String> commands = List.of(StreamCauseCommand.SUBCOMMANDS);
        assertThat(Spelling.nearest("lsit", commands)).containsExactly("list");
        assertThat(Spelling.nearest("mrege", commands)).containsExactly("merge");
        assertThat(Spelling.nearest("analize", commands)).containsExactly("analyze");
        assertThat(Spelling.nearest("ANALYZE", commands)).containsExactly("analyze");
        assertThat(Spelling.nearest("he", commands)).containsExactly("help");
        assertThat(Spelling.nearest("an", commands)).as("a prefix").containsExactly("analyze");
        assertThat(Spelling.nearest("anlyse", commands)).as("two edits").containsExactly("analyze");
        assertThat(Spelling.nearest("lsit", List.of("lost", "list")))
                .as("the nearest only")
                .containsExactly("list");
        assertThat(Spelling.nearest("d", commands)).isEmpty();
        assertThat(Spelling.nearest("foo", commands)).isEmpty();
        assertThat(Spelling.nearest("", commands)).isEmpty();
        assertThat(Spelling.nearest("lest", List.of("list", "lust", "best"))).containsExactly("list", "lust", "best");
        assertThat(Spelling.distance("ab", "ba")).isEqualTo(1);
        assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Spelling.distance("", "abc")).isEqualTo(3);
    }

    // ---- the help a usage error points at ------------------------------------------------------------------

    @Test
    void aUsageErrorPointsAtTheHelpOfTheCommandItIsAbout() {
        assertUsageError(
                Cli.run("analyze", "--top", "-1", "x"),
                "streamcause: --top must not be negative: -1",
                "Try 'streamcause analyze --help'.");
        assertUsageError(
                Cli.run("merge", "--top", "-1", "x.state"),
                "streamcause: --top must not be negative: -1",
                "Try 'streamcause merge --help'.");
        assertUsageError(
                Cli.run("describe", "18", "--bogus"),
                "streamcause: Unknown option: '--bogus'",
                "Try 'streamcause describe --help'.");
        assertUsageError(Cli.run("--bogus"), "streamcause: Unknown option: '--bogus'", "Try 'streamcause --help'.");
        assertThat(Cli.run("--bogus", "list").err).endsWith("\nTry 'streamcause --help'.\n");
        assertThat(Cli.run().err).endsWith("streamcause: a command is required\nTry 'streamcause --help'.\n");
    }

    // ---- values in any case, and one message for a bad one ---------------------------------------------------

    @Test
    void optionValuesAreTakenInAnyCase() {
        Cli upper = Cli.run("list", "--category", "CLIENT", "--recovery", "FIX_REQUIRED", "--format", "csv");
        Cli lower = Cli.run("list", "--category", "client", "--recovery", "fix_required", "--format", "CSV");
        assertThat(lower.toString()).isEqualTo(upper.toString());
        assertThat(lower.exit).isZero();
        assertThat(Cli.run("list", "--recovery", "retry", "--category", "Auth,network").out)
                .isEqualTo(Cli.run("list", "--recovery", "RETRY", "--category", "AUTH,NETWORK").out);
        assertThat(Cli.run("describe", "18", "202", "--format", "JSON").toString())
                .isEqualTo(Cli.run("describe", "18", "202", "--format", "json").toString());
        assertThat(Cli.run("describe", "18", "202", "--lang", "KO").toString())
                .isEqualTo(Cli.run("describe", "18", "202", "--lang", "ko").toString());
        assertThat(Cli.run("list", "--lang", "ALL").out).isEqualTo(Cli.run("list", "--lang", "all").out);
        byte[] log = "{\"event_type\":0,\"errcode\":12,\"sequence\":\"1\"}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Cli.run(log, false, "analyze", "-", "--format", "Markdown").toString())
                .isEqualTo(Cli.run(log, false, "analyze", "-", "--format", "markdown")
                        .toString());
    }

    @Test
    void aBadValueIsNamedWithTheValuesItCanTakeInOneShape() {
        assertUsageError(
                Cli.run("describe", "18", "--lang", "xx"),
                "streamcause: Invalid value for option '--lang': expected one of en, ko, zh, ja, got 'xx'",
                "Try 'streamcause describe --help'.");
        assertUsageError(
                Cli.run("list", "--lang", "xx"),
                "streamcause: Invalid value for option '--lang': expected one of en, ko, zh, ja, all, got 'xx'",
                "Try 'streamcause list --help'.");
        assertUsageError(
                Cli.run("describe", "18", "--format", "xml"),
                "streamcause: Invalid value for option '--format': expected one of text, json, got 'xml'",
                "Try 'streamcause describe --help'.");
        assertUsageError(
                Cli.run("list", "--format", "pdf"),
                "streamcause: Invalid value for option '--format': expected one of table, markdown, csv, json,"
                        + " got 'pdf'",
                "Try 'streamcause list --help'.");
        assertUsageError(
                Cli.run("list", "--category", "client,NOPE"),
                "streamcause: Invalid value for option '--category': expected one of CLIENT, NETWORK, AUTH,"
                        + " INTERNAL, UNKNOWN, got 'NOPE'",
                "Try 'streamcause list --help'.");
        assertUsageError(
                Cli.run("list", "--recovery", "later"),
                "streamcause: Invalid value for option '--recovery': expected one of NOT_NEEDED, RETRY,"
                        + " FIX_REQUIRED, got 'later'",
                "Try 'streamcause list --help'.");
        assertUsageError(
                Cli.run("analyze", "-", "--format", "pdf"),
                "streamcause: Invalid value for option '--format': expected one of text, json, markdown, csv,"
                        + " got 'pdf'",
                "Try 'streamcause analyze --help'.");
    }

    @Test
    void theMessageLosesOnlyTheLabelPicocliAddsForOptionsOfSeveralValues() {
        picocli.CommandLine cli = new picocli.CommandLine(new StreamCauseCommand(null));
        assertThat(Main.message(new picocli.CommandLine.ParameterException(
                        cli, "Invalid value for option '--category' (CATEGORY): expected one of A, got 'b'")))
                .isEqualTo("Invalid value for option '--category': expected one of A, got 'b'");
        assertThat(Main.message(new picocli.CommandLine.ParameterException(
                        cli, "Invalid value for option '--x' at index 1 (X): bad")))
                .isEqualTo("Invalid value for option '--x': bad");
        String positional = "Invalid value for positional parameter at index 0 (CODE): bad";
        assertThat(Main.message(new picocli.CommandLine.ParameterException(cli, positional)))
                .isEqualTo(positional);
    }
}
