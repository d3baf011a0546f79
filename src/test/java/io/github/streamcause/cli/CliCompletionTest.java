package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code streamcause generate-completion}: the bash/zsh script, and what bash completes with it. */
class CliCompletionTest {
    private static String script;

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() {
        Cli r = Cli.run("generate-completion");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.err).isEmpty();
        script = r.out;
    }

    @Test
    void theScriptNamesEveryCommandAndEveryOption() {
        assertThat(script).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_streamcause");
        CommandLine cli = new CommandLine(new StreamCauseCommand(null));
        StreamCauseCommand.addSubcommands(cli, new String[0]);
        assertThat(script).contains("local commands=\"" + String.join(" ", StreamCauseCommand.SUBCOMMANDS) + "\"");
        for (CommandLine sub : cli.getSubcommands().values()) {
            assertThat(script)
                    .contains("function _picocli_streamcause_"
                            + sub.getCommandName().replace("-", ""));
            for (OptionSpec option : sub.getCommandSpec().options()) {
                for (String name : option.names()) {
                    assertThat(script).as(sub.getCommandName()).contains("'" + name + "'");
                }
            }
        }
    }

    /** What bash offers for the last word of {@code words} (the word being typed, maybe empty). */
    private static List<String> complete(String... words) throws IOException, InterruptedException {
        File bash = new File("/bin/bash");
        if (!bash.canExecute()) {
            bash = new File("/usr/bin/bash");
        }
        assumeTrue(bash.canExecute(), "no bash");
        Path file = dir.resolve("streamcause_completion");
        if (!Files.exists(file)) {
            Files.write(file, script.getBytes(StandardCharsets.UTF_8));
        }
        List<String> command = new ArrayList<>(List.of(
                bash.getPath(),
                "-c",
                "source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\";"
                        + " COMP_POINT=${#COMP_LINE}; _complete_streamcause; printf '%s\\n' \"${COMPREPLY[@]}\"",
                "bash",
                file.toString()));
        command.addAll(Arrays.asList(words));
        // compopt, outside a completion bash started for a key, only complains on standard error
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void bashCompletesTheCommands() throws Exception {
        assertThat(complete("streamcause", ""))
                .containsExactly("describe", "list", "analyze", "merge", "generate-completion", "help");
        assertThat(complete("streamcause", "li")).containsExactly("list");
        assertThat(complete("streamcause", "-")).contains("--help", "--version");
        assertThat(complete("streamcause", "help", "an")).containsExactly("analyze");
    }

    @Test
    void bashCompletesTheValuesOfEveryEnumOption() throws Exception {
        assertThat(complete("streamcause", "list", "--format", "")).containsExactly("table", "markdown", "csv", "json");
        assertThat(complete("streamcause", "list", "--lang", "")).containsExactly("en", "ko", "zh", "ja", "all");
        assertThat(complete("streamcause", "list", "--category", ""))
                .containsExactly("CLIENT", "NETWORK", "AUTH", "INTERNAL", "UNKNOWN");
        assertThat(complete("streamcause", "list", "--recovery", "F")).containsExactly("FIX_REQUIRED");
        assertThat(complete("streamcause", "describe", "--lang", "")).containsExactly("en", "ko", "zh", "ja");
        assertThat(complete("streamcause", "describe", "18", "--format", "")).containsExactly("text", "json");
        assertThat(complete("streamcause", "analyze", "--format", ""))
                .containsExactly("text", "json", "markdown", "csv");
        assertThat(complete("streamcause", "merge", "--lang", "j")).containsExactly("ja");
    }

    @Test
    void bashCompletesOptionsAndFiles() throws Exception {
        assertThat(complete("streamcause", "list", "--"))
                .contains("--all", "--format", "--lang", "--category", "--recovery", "--verbose", "--help");
        assertThat(complete("streamcause", "analyze", "--cl")).containsExactly("--classify", "--classify-file");
        // the tests run in the project's folder
        assertThat(complete("streamcause", "analyze", "docs/examples/callbacks.nd"))
                .containsExactly("docs/examples/callbacks.ndjson.gz");
        assertThat(complete("streamcause", "analyze", "--since", "x", "docs/examples/callbacks.nd"))
                .containsExactly("docs/examples/callbacks.ndjson.gz");
        assertThat(complete("streamcause", "merge", "docs/examples/callbacks.nd"))
                .containsExactly("docs/examples/callbacks.ndjson.gz");
    }
}
