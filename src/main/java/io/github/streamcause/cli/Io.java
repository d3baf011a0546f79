package io.github.streamcause.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The command's standard streams, and how errors are shown: one line, a stack trace only if asked. */
final class Io {
    final InputStream in;
    final PrintStream out;
    final PrintStream err;
    final boolean terminal;
    private final PrintWriter outWriter;
    private final PrintWriter errWriter;

    Io(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        this.errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    }

    PrintWriter outWriter() {
        return outWriter;
    }

    PrintWriter errWriter() {
        return errWriter;
    }

    void error(Throwable e, boolean verbose) {
        Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        errWriter.println("streamcause: " + message);
        if (verbose) {
            e.printStackTrace(errWriter);
        }
        errWriter.flush();
    }

    void flush() {
        outWriter.flush();
        errWriter.flush();
        out.flush();
        err.flush();
    }
}
