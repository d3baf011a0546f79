/**
 * A report rendered for people and programs: {@link io.github.streamcause.render.ReportFormat} writes an
 * {@link io.github.streamcause.report.InterruptionReport} as text for a terminal, Markdown for a chat or an
 * e-mail, CSV for a spreadsheet or JSON, with {@link io.github.streamcause.render.RenderOptions} (how many
 * causes and streams, which language). Text and Markdown need nothing else; JSON and CSV need Jackson.
 *
 * @since 0.1.0
 */
package io.github.streamcause.render;
