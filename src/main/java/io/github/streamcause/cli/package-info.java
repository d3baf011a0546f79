/**
 * The {@code streamcause} command ({@code describe}, {@code list}, {@code analyze}, {@code merge}): thin
 * picocli commands over the library. Only {@link io.github.streamcause.cli.Main} is public.
 *
 * @since 0.1.0
 */
package io.github.streamcause.cli;
