package io.github.streamcause.cli;

import picocli.CommandLine.Option;

/**
 * {@code --verbose}, which every command has: a picocli mixin. Main's error handler reads it from the parse
 * result, so the field is never read here.
 */
final class VerboseOption {
    @Option(names = "--verbose", description = "show stack traces of errors")
    boolean verbose;
}
