/**
 * The analysis of callback logs and API responses as a library: {@link
 * io.github.streamcause.analysis.Analyzer} reads files, folders and streams (telling each {@link
 * io.github.streamcause.analysis.InputKind kind} apart, gzip or not), filters by time and stream, and
 * builds one {@link io.github.streamcause.report.InterruptionReport}; {@code streamcause analyze} is
 * option parsing over it. Uses the core, the report and the vendor's payloads.
 *
 * @since 0.1.0
 */
package io.github.streamcause.analysis;
