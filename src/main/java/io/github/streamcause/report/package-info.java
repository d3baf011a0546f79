/**
 * The interruption report, in no vendor's format: what an application, a receiver or a stream processor
 * counts, merges and carries between processes.
 *
 * <p>{@link io.github.streamcause.report.StreamEvent} is one event on one stream (a push, an interruption
 * with its {@link io.github.streamcause.Diagnosis} or recognised causes, another kind), with an {@link
 * io.github.streamcause.report.EventId} for de-duplication and where it came from; {@link
 * io.github.streamcause.report.Rejection} is an input line that could not be read, and {@link
 * io.github.streamcause.report.InputSummary} one input read. An {@link
 * io.github.streamcause.report.InterruptionReport.Builder} counts them, with a {@link
 * io.github.streamcause.Classification} of its choice, into an {@link
 * io.github.streamcause.report.InterruptionReport}: totals, counts by category, recovery and cause, the
 * streams, rejected samples. Reports merge exactly (an event counted on both sides counts once), and their
 * whole state is written and read back in a versioned binary form ({@link
 * io.github.streamcause.report.InterruptionReport#writeTo(java.io.OutputStream)}), so that parts analysed
 * on different machines merge into the report of the whole.
 *
 * <p>This package uses only the core package ({@code io.github.streamcause}) and the JDK. The vendor's
 * payloads are adapted to it by {@code io.github.streamcause.tencent}; files are read into it by {@code
 * io.github.streamcause.analysis}; it is rendered by {@code io.github.streamcause.render}.
 *
 * @since 0.1.0
 */
package io.github.streamcause.report;
