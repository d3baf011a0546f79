package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A report reaches standard output whole or not at all, from memory or from its temporary file. */
class HeldOutputTest {
    private static List<Path> heldFiles() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("streamcause-report-"))
                    .toList();
        }
    }

    private static String text(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append("line ").append(i).append(" ünïcode 連 ✓\n");
        }
        return text.toString();
    }

    @Test
    void aReportThatFailsHalfWayPrintsNothingAndLeavesNoFile() throws IOException {
        List<Path> before = heldFiles();
        for (int inMemory : new int[] {HeldOutput.IN_MEMORY, 100}) { // held in memory, then spilled
            StringWriter stdout = new StringWriter();
            PrintWriter out = new PrintWriter(stdout, true);
            assertThatThrownBy(() -> HeldOutput.print(
                            into -> {
                                into.println("Interruptions: 3,000,000");
                                into.print(text(50));
                                throw new OutOfMemoryError("Java heap space"); // as it did in "Top streams"
                            },
                            out,
                            inMemory))
                    .isInstanceOf(OutOfMemoryError.class);
            assertThat(stdout.toString()).as("held in %d", inMemory).isEmpty();
        }
        assertThat(heldFiles()).isEqualTo(before);
    }

    @Test
    void aWholeReportIsCopiedExactlyFromMemoryOrFromItsFile() throws IOException {
        List<Path> before = heldFiles();
        String text = text(2_000); // about 60,000 characters
        for (int inMemory : new int[] {HeldOutput.IN_MEMORY, 1_000, 0}) {
            StringWriter stdout = new StringWriter();
            HeldOutput.print(into -> into.print(text), new PrintWriter(stdout), inMemory);
            assertThat(stdout.toString()).as("held in %d", inMemory).isEqualTo(text);
        }
        StringWriter empty = new StringWriter();
        HeldOutput.print(into -> {}, new PrintWriter(empty), 0);
        assertThat(empty.toString()).isEmpty();
        assertThat(heldFiles()).isEqualTo(before);
    }

    @Test
    void theTextGoesToAFileOnlyPastTheLimit() throws IOException {
        try (HeldOutput held = new HeldOutput(10)) {
            held.write("0123456789");
            assertThat(held.file()).isNull();
            held.write("a");
            Path file = held.file();
            assertThat(file).isNotNull();
            held.write("bc");
            StringWriter copy = new StringWriter();
            held.copyTo(copy);
            assertThat(copy).hasToString("0123456789abc");
            assertThat(Files.readString(file)).isEqualTo("0123456789abc");
            held.close();
            assertThat(file).doesNotExist();
        }
    }
}
