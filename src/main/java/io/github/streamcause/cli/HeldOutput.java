package io.github.streamcause.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A report rendered whole before any of it reaches standard output, so that a run that fails while
 * rendering (out of memory, a bug) prints nothing rather than half a report that a script would take
 * for all of it. The text is held in memory up to {@link #IN_MEMORY} characters and in a temporary file
 * past that, which is deleted once copied (or on failure).
 */
final class HeldOutput extends Writer {
    /** 4 Mi characters (8 MiB of heap): every report but those of hundreds of thousands of streams. */
    static final int IN_MEMORY = 4 << 20;

    /** Renders into the writer it is given. */
    interface Rendering {
        /**
         * Writes the whole text.
         *
         * @param out where
         * @throws IOException if the rendering cannot be written
         */
        void render(PrintWriter out) throws IOException;
    }

    private final int inMemory;
    private final StringBuilder held = new StringBuilder();
    private Path file;
    private Writer spilled;
    private IOException failure;

    HeldOutput(int inMemory) {
        this.inMemory = inMemory;
    }

    /**
     * Renders into a held output, then copies it to {@code out}; nothing is written to {@code out} unless
     * the rendering completed.
     */
    static void print(Rendering rendering, PrintWriter out) throws IOException {
        print(rendering, out, IN_MEMORY);
    }

    static void print(Rendering rendering, PrintWriter out, int inMemory) throws IOException {
        try (HeldOutput held = new HeldOutput(inMemory)) {
            PrintWriter into = new PrintWriter(held);
            rendering.render(into);
            into.flush();
            if (into.checkError()) { // a PrintWriter keeps its writer's exceptions to itself
                IOException e = held.failure;
                throw new IOException(
                        "cannot hold the report in a temporary file: " + (e == null ? "write failed" : e.getMessage()),
                        e);
            }
            held.copyTo(out);
        }
    }

    /** Where the text went past the memory limit; null while it is all in memory. */
    Path file() {
        return file;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        try {
            hold(chars, offset, length);
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    private void hold(char[] chars, int offset, int length) throws IOException {
        if (spilled != null) {
            spilled.write(chars, offset, length);
            return;
        }
        held.append(chars, offset, length);
        if (held.length() > inMemory) {
            file = Files.createTempFile("streamcause-report-", ".txt");
            spilled = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            spilled.append(held);
            held.setLength(0);
            held.trimToSize();
        }
    }

    /** Copies the whole text to {@code out}. */
    void copyTo(Writer out) throws IOException {
        if (spilled == null) {
            out.append(held);
            return;
        }
        spilled.close();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
        }
    }

    @Override
    public void flush() {
        // held until copied
    }

    /** Deletes the temporary file, if there is one. */
    @Override
    public void close() throws IOException {
        if (spilled != null) {
            try {
                spilled.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
