package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.streamcause.examples.QuickStart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The docs say what the code does: generated tables are current, examples compile and run. */
class DocsTest {
    private static final Path ROOT = Paths.get(System.getProperty("user.dir"));

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8);
    }

    /** The preamble of docs/codes.md; the table below it is the output of the list command. */
    static final String CODES_PREAMBLE = """
            # The interruption codes

            <!-- Generated from the registry by `streamcause list --all --lang all --format markdown`; DocsTest fails
                 when this file drifts. Regenerate: ./mvnw test -Dtest=DocsTest -Dstreamcause.regenerate=true -->

            Every cause StreamCause knows, in registry order, with its category and recovery (see
            [classification.md](classification.md)) and its description in the four shipped languages: first the 68
            rows of the vendor's table (the 66 documented pairs, and 18 and 21 without a subcode), then the six
            families of unlisted 18 subcodes and the constant for codes outside the table (see the rules in
            classification.md). Korean, Chinese and Japanese descriptions of table rows are the vendor's own texts;
            English is StreamCause's. Remedies are in the library (`Diagnosis.remedy(Locale)`) and in
            `streamcause describe`.

            """;

    @Test
    void codesTableIsTheListCommandsOutput() throws IOException {
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        int code = io.github.streamcause.cli.Main.run(
                new String[] {"list", "--all", "--lang", "all", "--format", "markdown"},
                new java.io.ByteArrayInputStream(new byte[0]),
                new PrintStream(table, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                false);
        assertThat(code).isZero();
        String expected = CODES_PREAMBLE + table.toString(StandardCharsets.UTF_8);
        Path file = ROOT.resolve("docs/codes.md");
        if (Boolean.getBoolean("streamcause.regenerate")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(read("docs/codes.md"))
                .as("docs/codes.md is stale: ./mvnw test -Dtest=DocsTest -Dstreamcause.regenerate=true")
                .isEqualTo(expected);
        assertThat(expected.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| code")))
                .hasSize(75);
        for (InterruptionCause c : InterruptionCause.values()) {
            for (Locale locale : Texts.SHIPPED) {
                assertThat(expected)
                        .as(c + " " + locale)
                        .contains(c.description(locale).replace("|", "\\|"));
            }
        }
    }

    /** Every java block of the docs is tagged with a snippet name and is that snippet of an example, verbatim. */
    @Test
    void everyJavaBlockInTheDocsIsACompiledExample() throws IOException {
        Map<String, String> snippets = new HashMap<>();
        Pattern marker = Pattern.compile("// snippet:(\\w+):begin\\R(.*?)\\R\\s*// snippet:\\1:end", Pattern.DOTALL);
        try (Stream<Path> files = Files.list(ROOT.resolve("src/test/java/io/github/streamcause/examples"))) {
            for (Path file : files.collect(Collectors.toList())) {
                Matcher m = marker.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    assertThat(snippets.put(m.group(1), m.group(2).stripIndent().strip()))
                            .as("snippet names are unique: " + m.group(1))
                            .isNull();
                }
            }
        }
        List<String> docs = new ArrayList<>(List.of("README.md"));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md"))
                    .forEach(f -> docs.add(ROOT.relativize(f).toString()));
        }
        Set<String> used = new HashSet<>();
        Pattern block = Pattern.compile("(?:<!-- snippet: (\\w+) -->\\R)?```java\\R(.*?)\\R```", Pattern.DOTALL);
        for (String doc : docs) {
            Matcher m = block.matcher(read(doc));
            while (m.find()) {
                assertThat(m.group(1))
                        .as(doc + ": a java block without a <!-- snippet: name --> tag")
                        .isNotNull();
                assertThat(snippets).as(doc + ": unknown snippet " + m.group(1)).containsKey(m.group(1));
                assertThat(m.group(2).strip())
                        .as(doc + ": snippet " + m.group(1))
                        .isEqualTo(snippets.get(m.group(1)));
                used.add(m.group(1));
            }
        }
        assertThat(used).as("every snippet appears in a doc").isEqualTo(snippets.keySet());
    }

    @Test
    void quickStartPrintsRealDiagnoses() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "18/202 AUTH FIX_REQUIRED Account in arrears: the live streaming service is suspended until"
                                + " the account is topped up.",
                        "계정 연체로 라이브 방송 서비스가 일시적으로 정지되었습니다. 즉시 충전하시기 바랍니다.",
                        "Top up the account; pushes succeed again once the service is restored.",
                        "18/303 AUTH FIX_REQUIRED The push domain is disabled.",
                        "CLIENT NOT_NEEDED");
    }

    @Test
    void docsLinkToFilesThatExist() throws IOException {
        for (String doc : new String[] {
            "README.md",
            "docs/architecture.md",
            "docs/classification.md",
            "docs/cli.md",
            "docs/codes.md",
            "docs/payloads.md",
            "docs/performance.md",
            "docs/report.md",
            "docs/quality.md",
            "docs/CHANGELOG.md"
        }) {
            Matcher link = Pattern.compile("\\]\\((?!https?:)([^)#]+)").matcher(read(doc));
            Path base = ROOT.resolve(doc).getParent();
            while (link.find()) {
                assertThat(base.resolve(link.group(1)))
                        .as(doc + " links to " + link.group(1))
                        .exists();
            }
        }
    }

    /** The part of a doc from its heading {@code ## title} to the next heading of that level. */
    private static String section(String doc, String title) {
        int start = doc.indexOf("\n## " + title + "\n");
        assertThat(start).as("section " + title).isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    private static List<String> pairs(String text) {
        return ErrorCodes.recognize(text).stream()
                .map(c -> c.subcode() == 0 ? Integer.toString(c.code()) : c.code() + "/" + c.subcode())
                .collect(Collectors.toList());
    }

    /**
     * classification.md quotes the vendor's texts in double quotes, verbatim: each is recognised (a paraphrase
     * such as "internal error" is not), and the shared texts it names are shared by the rows it says.
     */
    @Test
    void everyTextClassificationMdQuotesIsAVendorText() throws IOException {
        String doc = read("docs/classification.md");
        List<String> quoted = new ArrayList<>();
        for (String title : List.of("Reason texts", "Where StreamCause departs from the seed page")) {
            Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(section(doc, title));
            while (m.find()) {
                quoted.add(m.group(1));
            }
        }
        assertThat(quoted).hasSizeGreaterThanOrEqualTo(10);
        for (String text : quoted) {
            assertThat(ErrorCodes.recognize(text))
                    .as("docs/classification.md quotes \"" + text + "\"")
                    .isNotEmpty();
        }
        for (String text : List.of("The push client actively stopped the push.", "推流客户端主动断流")) {
            assertThat(quoted).contains(text);
            assertThat(pairs(text)).containsExactly("1", "2", "3", "4", "35");
        }
        for (String text : List.of("Internal error in the LVB system.", "直播系统内部错误")) {
            assertThat(quoted).contains(text);
            assertThat(pairs(text))
                    .containsExactly("5", "9", "11", "18/100", "18/101", "18/102", "18/103", "18/104", "24");
        }
        assertThat(ErrorCodes.recognize("push client stopped"))
                .as("a paraphrase")
                .isEmpty();
        assertThat(ErrorCodes.recognize("internal error")).as("a paraphrase").isEmpty();
    }
}
