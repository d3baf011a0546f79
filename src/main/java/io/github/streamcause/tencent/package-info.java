/**
 * The vendor's payloads, typed and checked: Tencent Cloud CSS push and interruption callbacks ({@link
 * io.github.streamcause.tencent.CallbackEvent}, with the signature check of {@link
 * io.github.streamcause.tencent.CallbackVerifier}), callback logs of any size ({@link
 * io.github.streamcause.tencent.CallbackLogReader}, one {@link io.github.streamcause.tencent.LogLine} per
 * line, plain or gzip), and the responses of the DescribeLiveStreamEventList ({@link
 * io.github.streamcause.tencent.StreamEventRecord}) and DescribeCallbackRecordsList ({@link
 * io.github.streamcause.tencent.CallbackRecord}) APIs, one {@link io.github.streamcause.tencent.ApiPage}
 * at a time.
 *
 * <p>Every reader rejects a malformed payload with an {@link
 * io.github.streamcause.tencent.InvalidPayloadException} that names the field, keeps the fields it does
 * not know, and refuses a field sent twice. Each payload turns into the report's vendor-neutral {@link
 * io.github.streamcause.report.StreamEvent} ({@code toStreamEvent}). This package uses the core, the
 * report's model and {@code jackson-core} 2.16 or newer (an optional dependency): with an older one on the
 * class path every reader throws an {@link java.lang.IllegalStateException} that names the version found.
 *
 * @since 0.1.0
 */
package io.github.streamcause.tencent;
