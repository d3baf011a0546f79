package io.github.streamcause.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code streamcause} command: {@code describe}, {@code list} and {@code analyze}. Output goes to
 * standard output in UTF-8, diagnostics to standard error.
 *
 * <p>Exit codes: 0 success; 1 success, but some input lines were rejected, or {@code describe --text} knows
 * no cause of the text; 2 bad usage, an unreadable file, or not enough memory.
 *
 * @since 0.1.0
 */
public final class Main {
    /** Success. */
    public static final int OK = 0;
    /** Success, but some input lines were rejected (the report says how many). */
    public static final int REJECTED_LINES = 1;
    /**
     * Success, but {@code describe --text} knows no cause of the text: as {@code grep} answers 1 for "no
     * line matched", and keeps 2 for errors.
     */
    public static final int NO_MATCH = 1;
    /** Bad usage, a file that cannot be read, or not enough memory to finish. */
    public static final int USAGE = 2;

    private Main() {}

    /**
     * Whether the JVM runs on a terminal. From JDK 22 on, {@code System.console()} also returns a console
     * when the streams are redirected, and only {@code Console.isTerminal()} (JDK 22+) tells.
     */
    // The check flags the null check, but this is the fix it recommends: isTerminal wherever it exists.
    @SuppressWarnings("SystemConsoleNull")
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // before JDK 22 there is a console only on a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /**
     * Runs the command and exits with its code.
     *
     * @param args the command line
     * @throws UnsupportedEncodingException never: every JVM has UTF-8
     */
    public static void main(String[] args) throws UnsupportedEncodingException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, "UTF-8");
        // the fast path of describe shows no progress: leave the console (slow to set up on JDK 22+) alone
        boolean terminal = !QuickDescribe.accepts(args) && onTerminal();
        int code = run(args, new FileInputStream(FileDescriptor.in), out, err, terminal);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command in-process, for tests and embedding.
     *
     * @param args the command line
     * @param in standard input, read by {@code analyze -}
     * @param out standard output
     * @param err standard error
     * @param terminal whether standard error is a terminal (progress is shown only then)
     * @return the exit code
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        Io io = new Io(in, out, err, terminal);
        if (QuickDescribe.accepts(args)) {
            QuickDescribe.print(args, io.outWriter());
            io.flush();
            return OK;
        }
        return runParsed(args, io);
    }

    /** Runs the command through picocli, whatever the command line: {@link #run} without its fast path. */
    static int runParsed(String[] args, Io io) {
        return runParsed(args, io, false);
    }

    /**
     * The same; {@code allSubcommands} builds the model of every subcommand, not only of the one the
     * command line names (for tests: the answer must be the same).
     */
    static int runParsed(String[] args, Io io, boolean allSubcommands) {
        CommandLine cli = new CommandLine(new StreamCauseCommand(io));
        StreamCauseCommand.addSubcommands(cli, allSubcommands ? new String[0] : args);
        cli.setOut(io.outWriter());
        cli.setErr(io.errWriter());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        registerEnumValues(cli, cli);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        // a usage error raised while a command runs is that command's, whichever CommandLine it names
        AtomicBoolean executing = new AtomicBoolean();
        cli.setExecutionStrategy(parseResult -> {
            executing.set(true);
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || (parseResult.subcommand() != null
                            && parseResult.subcommand().hasMatchedOption("--verbose"));
            io.error(e, verbose);
            return USAGE;
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            PrintWriter err = io.errWriter();
            String unknown = unknownCommand(e);
            if (unknown == null) {
                err.println("streamcause: " + message(e));
            } else {
                err.println("streamcause: unknown command '" + unknown + "'");
                List<String> names = new ArrayList<>(cli.getSubcommands().keySet());
                List<String> near = Spelling.nearest(unknown, names);
                if (near.isEmpty()) {
                    err.println("The commands are " + String.join(", ", names) + ".");
                } else {
                    err.println("Did you mean: streamcause " + String.join(" or streamcause ", near) + "?");
                }
            }
            CommandLine about = executing.get() ? commandThatRan(e) : e.getCommandLine();
            err.println("Try '" + commandName(about) + " --help'.");
            return USAGE;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // say in one line what takes the memory (docs/performance.md measures it); a report is printed
            // only once rendered whole (HeldOutput), so standard output holds none of it
            io.errWriter()
                    .println("streamcause: out of memory, no report printed (a report keeps about 32 bytes per"
                            + " distinct event and 120 per distinct stream); give Java more, e.g. java -Xmx2g"
                            + " -jar ...");
            code = USAGE;
        }
        io.flush();
        return code;
    }

    /**
     * Every option (and parameter) of an enum type takes its values in any case and rejects a bad one with
     * the message of {@link EnumValue}, the same for every command; picocli's own ({@code expected one of
     * [text, json] (case-insensitive) but was 'xml'}) would differ from that of {@code --lang}.
     */
    private static void registerEnumValues(CommandLine root, CommandLine command) {
        for (ArgSpec arg : command.getCommandSpec().args()) {
            if (arg.converters().length == 0) {
                registerEnumValue(root, arg.type());
                for (Class<?> type : arg.auxiliaryTypes()) {
                    registerEnumValue(root, type);
                }
            }
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            registerEnumValues(root, sub);
        }
    }

    // an enum type known only as a Class<?>: the converter is of that very type
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerEnumValue(CommandLine root, Class<?> type) {
        if (type.isEnum()) {
            root.registerConverter((Class) type, new EnumValue(type));
        }
    }

    /** The word that stands where a command should, if that is the error; else null. */
    private static String unknownCommand(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException) || e.getCommandLine().getParent() != null) {
            return null;
        }
        UnmatchedArgumentException u = (UnmatchedArgumentException) e;
        return u.getUnmatched().isEmpty() || u.isUnknownOption()
                ? null
                : u.getUnmatched().get(0);
    }

    /**
     * picocli's message, with one shape for every bad value: {@code Invalid value for option '--category'
     * (CATEGORY): ...} loses the label that picocli adds for options that take several values, as
     * {@code Invalid value for option '--lang': ...} has none.
     */
    static String message(ParameterException e) {
        String message = e.getMessage();
        return message == null ? "" : OPTION_LABEL.matcher(message).replaceFirst("$1$2");
    }

    private static final Pattern OPTION_LABEL =
            Pattern.compile("^(Invalid value for option '[^']+')(?: at index \\d+)? \\([^)]*\\)(: )");

    /**
     * The command a usage error raised while running is about: the subcommand the command line ran, also
     * when it raised the error with the top-level command (as {@code analyze --top -1} does).
     */
    private static CommandLine commandThatRan(ParameterException e) {
        CommandLine command = e.getCommandLine();
        ParseResult parsed = command.getParseResult();
        while (parsed != null && parsed.subcommand() != null) {
            parsed = parsed.subcommand();
            command = parsed.commandSpec().commandLine();
        }
        return command;
    }

    /** {@code streamcause} or {@code streamcause describe}: the command the hint is for. */
    private static String commandName(CommandLine commandLine) {
        String name = commandLine.getCommandName();
        return "streamcause".equals(name) ? name : "streamcause " + name;
    }
}
