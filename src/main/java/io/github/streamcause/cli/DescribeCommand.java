package io.github.streamcause.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.jackson.DiagnosisJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code streamcause describe CODE [SUBCODE]} (or {@code CODE/SUBCODE}, {@code CODE.SUBCODE}) and {@code
 * streamcause describe --text TEXT}.
 */
@Command(
        name = "describe",
        mixinStandardHelpOptions = true,
        description = {
            "Describe an interruption code (and subcode), or recognise a vendor reason text.",
            "With CODE and --text, the text recovers the subcode of 18 and 21, as from a callback's errmsg."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  streamcause describe 18 202      (or 18/202, or 18.202)",
            "  streamcause describe 16 --lang ja",
            "  streamcause describe --text \"推流域名被禁用\"",
            "  streamcause describe 18 --text \"推流域名被禁用\" --format json",
            "",
            "Exit code 1: --text without a CODE matched no known cause."
        })
final class DescribeCommand implements Callable<Integer> {
    @ParentCommand
    StreamCauseCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "CODE",
            converter = CodeArgument.Converter.class,
            description = "the error code (errcode); or both in one: 18/202, 18.202")
    CodeArgument codeArgument;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SUBCODE", description = "the subcode (sub_errcode)")
    Integer subcode;

    @Option(names = "--text", paramLabel = "TEXT", description = "a reason text (errmsg or StopReason)")
    String text;

    @picocli.CommandLine.Mixin
    LanguageOption language;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @picocli.CommandLine.Mixin
    VerboseOption verbose;

    enum Format {
        text,
        json
    }

    /** The CODE argument: a code, or a code and its subcode ({@code 18/202}, {@code 18.202}). */
    static final class CodeArgument {
        final int code;
        final Integer subcode;

        CodeArgument(int code, Integer subcode) {
            this.code = code;
            this.subcode = subcode;
        }

        /**
         * A number as picocli reads an {@code int} ({@code Integer.valueOf}: {@code 018} and {@code +18} are
         * 18), or two joined by one {@code /} or {@code .}; anything else ({@code 18/}, {@code /202}, {@code
         * 18/202/3}, {@code 18//2}) is bad usage.
         */
        static final class Converter implements ITypeConverter<CodeArgument> {
            @Override
            public CodeArgument convert(String value) {
                int slash = value.indexOf('/');
                int dot = value.indexOf('.');
                if (slash < 0 && dot < 0) {
                    return new CodeArgument(number(value, value), null);
                }
                if (slash >= 0 && dot >= 0) {
                    throw bad(value);
                }
                int at = Math.max(slash, dot);
                String code = value.substring(0, at);
                String subcode = value.substring(at + 1);
                if (subcode.indexOf(value.charAt(at)) >= 0) {
                    throw bad(value);
                }
                return new CodeArgument(number(code, value), number(subcode, value));
            }

            private static int number(String part, String value) {
                try {
                    return Integer.parseInt(part);
                } catch (NumberFormatException e) {
                    throw bad(value);
                }
            }

            private static TypeConversionException bad(String value) {
                return new TypeConversionException(
                        "expected CODE, CODE/SUBCODE or CODE.SUBCODE, such as 18, 18/202 or 18.202, got '" + value
                                + "'");
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = parent.io.outWriter();
        Locale locale = language.locale();
        Integer code = codeArgument == null ? null : codeArgument.code;
        Integer subcode = this.subcode;
        if (codeArgument != null && codeArgument.subcode != null) {
            if (subcode != null) {
                throw new ParameterException(
                        spec.commandLine(), "give SUBCODE once: in CODE/SUBCODE or after CODE, not both");
            }
            subcode = codeArgument.subcode;
        }
        if (code == null && text == null) {
            throw new ParameterException(spec.commandLine(), "give a CODE, or --text TEXT");
        }
        if (code == null && subcode != null) {
            throw new ParameterException(spec.commandLine(), "SUBCODE needs a CODE");
        }
        if (code != null && subcode != null && text != null) {
            throw new ParameterException(spec.commandLine(), "give SUBCODE or --text, not both");
        }
        if (code != null) {
            if (text != null) {
                warnIfTheTextNamesAnotherCode(code);
            }
            Diagnosis d = text != null
                    ? ErrorCodes.describe(code, text)
                    : ErrorCodes.describe(code, subcode == null ? ErrorCodes.NO_SUBCODE : subcode);
            if (format == Format.json) {
                try (JsonGenerator g = JsonOutput.generator(out)) {
                    DiagnosisJson.write(g, d, locale);
                }
                JsonOutput.end(out);
            } else {
                QuickDescribe.printText(out, d, locale);
            }
            return Main.OK;
        }
        List<InterruptionCause> causes = ErrorCodes.recognize(text);
        if (format == Format.json) {
            // an array whatever the count: the question "which causes have this text" has 0, 1 or more answers
            try (JsonGenerator g = JsonOutput.generator(out)) {
                g.writeStartArray();
                for (InterruptionCause c : causes) {
                    DiagnosisJson.write(g, ErrorCodes.describe(c.code(), c.subcode()), locale);
                }
                g.writeEndArray();
            }
            JsonOutput.end(out);
        } else if (causes.isEmpty()) {
            out.println("unknown: no known cause has this text");
            List<String> near = ErrorCodes.closestTexts(text);
            if (!near.isEmpty()) {
                out.println();
                out.println(near.size() == 1 ? "The nearest known text:" : "The nearest known texts:");
                for (String known : near) {
                    List<String> pairs = new ArrayList<>();
                    for (InterruptionCause c : ErrorCodes.recognize(known)) {
                        pairs.add(QuickDescribe.pair(c.code(), c.subcode()));
                    }
                    out.println("  " + known + "  (" + String.join(", ", pairs) + ")");
                }
            }
        } else {
            if (causes.size() > 1) {
                out.println(causes.size() + " causes share this text (and their category and recovery):");
                out.println();
            }
            for (int i = 0; i < causes.size(); i++) {
                InterruptionCause c = causes.get(i);
                if (i > 0) {
                    out.println();
                }
                QuickDescribe.printText(out, ErrorCodes.describe(c.code(), c.subcode()), locale);
            }
        }
        return causes.isEmpty() ? Main.NO_MATCH : Main.OK;
    }

    /**
     * With a CODE the code decides and the text only recovers the subcode of 18 and 21: a text that names
     * causes of other codes only ({@code describe 5 --text 推流域名被禁用}, a text of 18/303) is ignored, and
     * one line on standard error says so.
     */
    private void warnIfTheTextNamesAnotherCode(int code) {
        List<InterruptionCause> named = ErrorCodes.recognize(text);
        if (named.isEmpty()) {
            return;
        }
        List<String> pairs = new ArrayList<>();
        for (InterruptionCause c : named) {
            if (c.code() == code) {
                return;
            }
            pairs.add(QuickDescribe.pair(c.code(), c.subcode()));
        }
        parent.io
                .errWriter()
                .println("streamcause: the text names " + String.join(", ", pairs) + ", not " + code + "; describing "
                        + code + " by its code");
    }
}
