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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The docs say what the code does: generated tables are current, examples compile and run. */
class DocsTest {
    private static final Path ROOT = Paths.get(System.getProperty("user.dir"));

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void codesTableIsGeneratedFromTheRegistry() throws IOException {
        String expected = CodesTable.markdown();
        Path file = ROOT.resolve("docs/codes.md");
        if (Boolean.getBoolean("streamcause.regenerate")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(read("docs/codes.md"))
                .as("docs/codes.md is stale: ./mvnw test -Dtest=DocsTest -Dstreamcause.regenerate=true")
                .isEqualTo(expected);
        assertThat(expected.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| code")))
                .hasSize(75);
    }

    @Test
    void readmeExampleIsTheQuickStartVerbatim() throws IOException {
        String source = read("src/test/java/io/github/streamcause/examples/QuickStart.java");
        Matcher inSource = Pattern.compile("// README:begin\\R(.*?)\\R\\s*// README:end", Pattern.DOTALL)
                .matcher(source);
        assertThat(inSource.find()).isTrue();
        String expected = inSource.group(1).stripIndent().strip();
        Matcher inReadme =
                Pattern.compile("```java\\R(.*?)\\R```", Pattern.DOTALL).matcher(read("README.md"));
        assertThat(inReadme.find()).as("README has a java example").isTrue();
        assertThat(inReadme.group(1).strip()).isEqualTo(expected);
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
        for (String doc : new String[] {"README.md", "docs/classification.md", "docs/codes.md"}) {
            Matcher link = Pattern.compile("\\]\\((?!https?:)([^)#]+)").matcher(read(doc));
            Path base = ROOT.resolve(doc).getParent();
            while (link.find()) {
                assertThat(base.resolve(link.group(1)))
                        .as(doc + " links to " + link.group(1))
                        .exists();
            }
        }
    }
}
