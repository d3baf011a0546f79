package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every {@code $ streamcause ...} block of docs/cli.md is that command's real output. */
class CliDocTest {
    private static final Pattern BLOCK = Pattern.compile("```text\\R\\$ streamcause (.*?)\\R(.*?)```", Pattern.DOTALL);

    /** Splits like a shell for the docs' needs: spaces separate, double quotes group. */
    static String[] split(String command) {
        List<String> args = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
        while (m.find()) {
            args.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return args.toArray(new String[0]);
    }

    @Test
    void pastedOutputsAreReal() throws IOException {
        String doc = Files.readString(Paths.get("docs/cli.md"), StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(doc);
        int blocks = 0;
        List<String> commands = new ArrayList<>();
        while (m.find()) {
            blocks++;
            Cli r = Cli.run(split(m.group(1)));
            assertThat(r.exit).as(m.group(1) + "\n" + r).isIn(Main.OK, Main.REJECTED_LINES);
            assertThat(r.out.replace("\r\n", "\n").strip()) // CSV's CRLF cannot survive a Markdown file
                    .as("docs/cli.md: output of streamcause " + m.group(1))
                    .isEqualTo(m.group(2).strip());
            commands.add(split(m.group(1))[0]);
        }
        assertThat(blocks).isGreaterThanOrEqualTo(8);
        assertThat(commands).as("every command is shown").contains("describe", "list", "analyze");
    }

    /** The jar names of the page are those the build makes: a glob, this version's, or the release's. */
    @Test
    void theJarNamesAreTheBuildsOwn() throws IOException {
        String doc = Files.readString(Paths.get("docs/cli.md"), StandardCharsets.UTF_8);
        String pom = Files.readString(Paths.get("pom.xml"), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("<artifactId>streamcause</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(version.find()).isTrue();
        String built = version.group(1);
        Matcher jar = Pattern.compile("streamcause-[^\\s`'\"]*-cli\\.jar").matcher(doc);
        List<String> names = new ArrayList<>();
        while (jar.find()) {
            names.add(jar.group());
        }
        assertThat(names)
                .contains("streamcause-" + built + "-cli.jar")
                .allMatch(
                        n -> n.equals("streamcause-*-cli.jar")
                                || n.equals("streamcause-" + built + "-cli.jar")
                                || n.equals("streamcause-" + built.replace("-SNAPSHOT", "") + "-cli.jar"),
                        "the build's name");
    }

    @Test
    void splitHandlesQuotes() {
        assertThat(split("describe --text \"推流 域名\" --lang ko"))
                .containsExactly("describe", "--text", "推流 域名", "--lang", "ko");
    }
}
