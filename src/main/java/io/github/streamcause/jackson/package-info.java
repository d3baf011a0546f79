/**
 * Jackson databind support: {@link io.github.streamcause.jackson.StreamCauseModule} writes a {@link
 * io.github.streamcause.Diagnosis} and an {@link io.github.streamcause.report.InterruptionReport} as JSON
 * in a chosen language, and reads both back. Uses the core, the report and {@code jackson-databind} (an
 * optional dependency).
 *
 * @since 0.1.0
 */
package io.github.streamcause.jackson;
