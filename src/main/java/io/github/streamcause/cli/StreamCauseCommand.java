package io.github.streamcause.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command; the work is in its subcommands. */
@Command(
        name = "streamcause",
        mixinStandardHelpOptions = true,
        versionProvider = StreamCauseCommand.Version.class,
        description = {
            "Why was a live stream's push interrupted on Tencent Cloud CSS (LVB), and what to do about it.",
            ""
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  success, but some input lines were rejected (the report says how many),",
            "     or describe --text knows no cause of the text",
            "  2  bad usage, a file that cannot be read, or not enough memory",
            "",
            "Documentation: " + StreamCauseCommand.PROJECT_URL + "/blob/main/docs/cli.md"
        })
final class StreamCauseCommand implements Runnable {
    /** The subcommands, in the order the usage lists them. */
    static final String[] SUBCOMMANDS = {"describe", "list", "analyze", "merge", "generate-completion", "help"};

    /** The project's home, the {@code <url>} of the pom (a test checks they agree). */
    static final String PROJECT_URL = "https://github.com/streamcause/streamcause";

    final Io io;

    @Spec
    CommandSpec spec;

    StreamCauseCommand(Io io) {
        this.io = io;
    }

    /**
     * The subcommands the command line can reach: only the one it names, or all of them (for the usage, for
     * suggestions, for {@code help}, which shows any of them, and for errors at the top level). picocli builds
     * a command's model by reflection when it is added, a large part of the start-up, so the others are left
     * out; {@code generate-completion} needs them all too, as its script completes every command. Every
     * subcommand prints the version of the top-level command.
     */
    static void addSubcommands(CommandLine cli, String[] args) {
        String named = args.length > 0 ? args[0] : "";
        boolean namesOne = !named.equals("help")
                && !named.equals("generate-completion")
                && Arrays.asList(SUBCOMMANDS).contains(named);
        for (String name : SUBCOMMANDS) {
            if (name.equals(named) || !namesOne) {
                cli.addSubcommand(name, subcommand(name));
            }
        }
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new Version());
        }
    }

    private static Object subcommand(String name) {
        switch (name) {
            case "describe":
                return new DescribeCommand();
            case "list":
                return new ListCommand();
            case "merge":
                return new MergeCommand();
            case "help":
                return new CommandLine.HelpCommand();
            case "generate-completion":
                return new AutoComplete.GenerateCompletion();
            default:
                return new AnalyzeCommand();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(io.errWriter());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The version, from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "streamcause " + p.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
