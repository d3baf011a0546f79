package io.github.streamcause.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.streamcause.Category;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.jackson.CauseJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code streamcause list}: the table of codes. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "List the vendor's table of interruption codes with their category, recovery and description.",
            "With --all, also the families of unlisted 18 subcodes and the constant for codes outside the table."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  streamcause list --recovery FIX_REQUIRED",
            "  streamcause list --lang ko --format csv",
            "  streamcause list --all --lang all --format markdown   (the table of docs/codes.md)"
        })
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    StreamCauseCommand parent;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "en",
            converter = Language.OneOrAll.class,
            completionCandidates = Language.ValuesOrAll.class,
            description = "language of the descriptions: en, ko, zh, ja or all (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, markdown, csv or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(
            names = "--category",
            paramLabel = "CATEGORY",
            split = ",",
            description = "only these categories: ${COMPLETION-CANDIDATES}")
    Set<Category> categories;

    @Option(
            names = "--recovery",
            paramLabel = "RECOVERY",
            split = ",",
            description = "only these recoveries: ${COMPLETION-CANDIDATES}")
    Set<Recovery> recoveries;

    @Option(names = "--all", description = "include the families and the outside-the-table constant")
    boolean all;

    @picocli.CommandLine.Mixin
    VerboseOption verbose;

    enum Format {
        table,
        markdown,
        csv,
        json
    }

    @Override
    public Integer call() throws IOException {
        List<InterruptionCause> causes = new ArrayList<>();
        Set<Category> wantedCategories = categories == null ? EnumSet.allOf(Category.class) : categories;
        Set<Recovery> wantedRecoveries = recoveries == null ? EnumSet.allOf(Recovery.class) : recoveries;
        for (InterruptionCause c : all ? Arrays.asList(InterruptionCause.values()) : InterruptionCause.tableRows()) {
            if (wantedCategories.contains(c.category()) && wantedRecoveries.contains(c.recovery())) {
                causes.add(c);
            }
        }
        List<String> languages = Language.expand(lang);
        PrintWriter out = parent.io.outWriter();
        switch (format) {
            case markdown:
                out.print(CodeTable.markdown(causes, languages));
                break;
            case csv:
                out.print(CodeTable.csv(causes, languages));
                break;
            case json:
                writeJson(out, causes, languages);
                break;
            default:
                out.print(CodeTable.text(causes, languages));
        }
        out.flush();
        return Main.OK;
    }

    /** An array of the causes' objects ({@link CauseJson}); with {@code --lang all} their texts are objects. */
    private void writeJson(PrintWriter out, List<InterruptionCause> causes, List<String> languages) throws IOException {
        List<Locale> locales = new ArrayList<>();
        for (String language : languages) {
            locales.add(Language.locale(language));
        }
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartArray();
            for (InterruptionCause c : causes) {
                if (lang.equals("all")) {
                    CauseJson.write(g, c, locales);
                } else {
                    CauseJson.write(g, c, locales.get(0));
                }
            }
            g.writeEndArray();
        }
        JsonOutput.end(out);
    }
}
