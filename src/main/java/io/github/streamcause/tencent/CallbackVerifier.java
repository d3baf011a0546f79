package io.github.streamcause.tencent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Checks that a callback comes from the platform: {@code sign} must be the hex MD5 of the account's
 * callback key followed by {@code t} (the decimal Unix time when the signature expires), and {@code t}
 * must not have passed. The MD5 is over {@code t}'s text as the body sent it: {@link
 * CallbackEvent#parse(String)} takes {@code t} only as plain ASCII digits, so {@code "+1764000600"} or
 * {@code "01764000600"} is never taken for the {@code 1764000600} that was signed.
 *
 * <pre>{@code
 * CallbackVerifier verifier = new CallbackVerifier(callbackKey, Clock.systemUTC());
 * CallbackEvent event = CallbackEvent.parse(body);
 * if (verifier.verify(event) != CallbackVerifier.Result.VALID) {
 *     // answer 403 and drop it
 * }
 * }</pre>
 *
 * <p>Every input has an outcome; none throws. {@code t} is compared with the clock as a number of seconds,
 * so any {@code long} is an expiry: one before the clock's time has passed ({@code Long.MIN_VALUE}, 0,
 * negatives), one at or after it has not, however far ({@code Long.MAX_VALUE}, beyond what {@link Instant}
 * holds). The platform sends neither; a parsed callback's {@code t} is between 1970 and 2100.
 *
 * <p>The comparison takes the same time whatever the signature (MD5 from {@link MessageDigest}, compared with
 * {@link MessageDigest#isEqual}); upper- and lower-case hex are both accepted. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CallbackVerifier {
    /**
     * The outcome of a check.
     *
     * @since 0.1.0
     */
    public enum Result {
        /** The signature matches and has not expired. */
        VALID,
        /** The signature does not match the key and {@code t} (or is not 32 hex digits). */
        WRONG_SIGNATURE,
        /** The signature matches, but {@code t} has passed (the clock is later than {@code t}). */
        EXPIRED,
        /** {@code sign} or {@code t} is missing. */
        MISSING_FIELDS
    }

    private final byte[] key;
    private final Clock clock;

    /**
     * Creates a verifier.
     *
     * @param callbackKey the account's callback key (the CSS console's callback settings)
     * @param clock the clock that tells whether {@code t} has passed, such as {@link Clock#systemUTC()}
     * @throws IllegalArgumentException if the key is empty
     */
    public CallbackVerifier(String callbackKey, Clock clock) {
        Objects.requireNonNull(callbackKey, "callbackKey");
        if (callbackKey.isEmpty()) {
            throw new IllegalArgumentException("callbackKey must not be empty");
        }
        this.key = callbackKey.getBytes(StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks a parsed callback's {@code sign} and {@code t}; the signature is checked against {@code t}'s
     * text as the body sent it, number or string.
     *
     * @param event the callback
     * @return the outcome, never null
     */
    public Result verify(CallbackEvent event) {
        if (!event.sign().isPresent() || !event.signatureExpiry().isPresent()) {
            return Result.MISSING_FIELDS;
        }
        return verify(
                event.sign().get(),
                event.signedExpiry(),
                event.signatureExpiry().get().getEpochSecond());
    }

    /**
     * Checks a push anomaly callback's {@code sign} and {@code t}, which are signed as a push/interruption
     * callback's are; against {@code t}'s text as sent.
     *
     * @param anomaly the callback
     * @return the outcome, never null
     */
    public Result verify(PushAnomaly anomaly) {
        if (!anomaly.sign().isPresent() || !anomaly.signatureExpiry().isPresent()) {
            return Result.MISSING_FIELDS;
        }
        return verify(
                anomaly.sign().get(),
                anomaly.signedExpiry(),
                anomaly.signatureExpiry().get().getEpochSecond());
    }

    /**
     * Checks a signature and its expiry time, signed as {@code t}'s decimal text ({@link Long#toString(long)}).
     * Any {@code t} has an outcome: {@link Result#EXPIRED} if the clock is later, else {@link Result#VALID}
     * (for a matching signature), even beyond the range of {@link Instant}.
     *
     * @param sign the {@code sign} field, hex in either case; null counts as missing
     * @param t the {@code t} field: the Unix time in seconds when the signature expires
     * @return the outcome, never null
     */
    public Result verify(String sign, long t) {
        return verify(sign, Long.toString(t), t);
    }

    /** Checks {@code sign} against {@code signed}, the text of {@code t} as sent, then {@code t} against the clock. */
    Result verify(String sign, String signed, long t) {
        if (sign == null || sign.isEmpty()) {
            return Result.MISSING_FIELDS;
        }
        byte[] expected = md5(signed);
        byte[] given = unhex(sign);
        // MessageDigest.isEqual takes the same time for any two arrays of the same length
        boolean matches = MessageDigest.isEqual(expected, given == null ? new byte[expected.length + 1] : given);
        if (!matches) {
            return Result.WRONG_SIGNATURE;
        }
        return hasPassed(clock.instant(), t) ? Result.EXPIRED : Result.VALID;
    }

    /**
     * Whether {@code now} is later than the second {@code t}: compared as numbers, since {@code t} may be
     * beyond what an {@link Instant} holds ({@code Instant.ofEpochSecond} throws there).
     */
    private static boolean hasPassed(Instant now, long t) {
        long second = now.getEpochSecond();
        return second > t || (second == t && now.getNano() > 0);
    }

    private byte[] md5(String t) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(key);
            md5.update(t.getBytes(StandardCharsets.UTF_8));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    /** 32 hex digits (any case) to 16 bytes; null if the text is not that. */
    private static byte[] unhex(String hex) {
        if (hex.length() != 32) {
            return null;
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < 16; i++) {
            int high = hexDigit(hex.charAt(2 * i));
            int low = hexDigit(hex.charAt(2 * i + 1));
            if (high < 0 || low < 0) {
                return null;
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    /** ASCII hex only: {@link Character#digit} would also take full-width and other Unicode digits. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * The signature the platform would send for {@code t}: lower-case hex MD5 of the key and {@code t};
     * for tests and for replaying callbacks.
     *
     * @param t the expiry time, Unix seconds
     * @return 32 lower-case hex digits
     */
    public String sign(long t) {
        StringBuilder hex = new StringBuilder(32);
        for (byte b : md5(Long.toString(t))) {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return hex.toString();
    }
}
