package io.github.streamcause.cli;

import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.InvalidStateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code streamcause merge STATE...}: the report of several saved states together. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Merge report states written by analyze --save-state into one report: a month analysed day by day, "
                    + "on any machines, and merged is the month analysed at once (an event in several states "
                    + "counts once)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  streamcause analyze --save-state mon.state logs/mon/",
            "  streamcause analyze --save-state tue.state logs/tue/",
            "  streamcause merge mon.state tue.state --format markdown",
            "  streamcause merge week-*.state --save-state month.state",
            "",
            "Exit codes: 0 success; 1 success, but some lines were rejected; 2 bad usage, or a file that is not "
                    + "a state."
        })
final class MergeCommand implements Callable<Integer> {
    @ParentCommand
    StreamCauseCommand parent;

    @Parameters(arity = "1..*", paramLabel = "STATE", description = "state files written by analyze --save-state")
    List<Path> states;

    @Mixin
    ReportOptions report;

    @Option(names = "--save-state", paramLabel = "FILE", description = "also write the merged state to FILE")
    Path saveState;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        report.check(parent.spec.commandLine());
        InterruptionReport merged = null;
        for (Path state : states) {
            InterruptionReport part = read(state);
            merged = merged == null ? part : merged.merge(part);
        }
        report.checkBucket(merged, parent.spec.commandLine());
        if (saveState != null) {
            try (OutputStream out = Files.newOutputStream(saveState)) {
                merged.writeTo(out);
            } catch (IOException e) {
                throw new IOException("cannot write the state to " + saveState + ": " + e.getMessage(), e);
            }
        }
        report.print(merged, parent.io.outWriter());
        return report.exitCode(merged, parent.io);
    }

    private static InterruptionReport read(Path state) throws IOException {
        try (InputStream in = Files.newInputStream(state)) {
            return InterruptionReport.readFrom(new java.io.BufferedInputStream(in, 1 << 16));
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read " + state + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot read " + state + ": permission denied", e);
        } catch (InvalidStateException e) {
            throw new IOException("cannot read " + state + ": " + e.getMessage(), e);
        }
    }
}
