package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
                "The commands are describe, list, analyze, merge, help.",
                "Try 'streamcause --help'.");
        assertUsageError(
                Cli.run("x", "list"),
                "streamcause: unknown command 'x'",
                "The commands are describe, list, analyze, merge, help.",
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
}
