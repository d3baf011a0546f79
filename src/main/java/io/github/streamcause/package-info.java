/**
 * StreamCause: why a live stream's push was interrupted on Tencent Cloud CSS (formerly LVB), and what to
 * do about it.
 *
 * <p>{@link io.github.streamcause.ErrorCodes} turns an interruption code and subcode, or a reason text,
 * into a {@link io.github.streamcause.Diagnosis}: the documented {@link
 * io.github.streamcause.InterruptionCause cause} with its texts, a {@link io.github.streamcause.Category
 * category} and a {@link io.github.streamcause.Recovery recovery}. This package has no dependency besides
 * the JDK (Java 8 or newer).
 *
 * <h2>Languages</h2>
 *
 * <p>English, Korean, Chinese and Japanese ship with the library. To add a language, put a UTF-8 file
 * {@code io/github/streamcause/messages_<language>.properties} (or {@code
 * messages_<language>_<COUNTRY>.properties}, such as {@code messages_fr_CA.properties}) on the class
 * path. Its keys are {@code <key>.description} for each cause ({@link
 * io.github.streamcause.InterruptionCause#key()}, such as {@code 18.202.description}) and {@code
 * remedy.<id>} for each remedy ({@link io.github.streamcause.InterruptionCause#remedyKey()}); the library's
 * {@code messages.properties} lists them all. A key the file lacks falls back to the language file, then
 * to English. Files are looked up with the thread's context class loader, then the library's own, and
 * read once per language.
 *
 * @since 0.1.0
 */
package io.github.streamcause;
