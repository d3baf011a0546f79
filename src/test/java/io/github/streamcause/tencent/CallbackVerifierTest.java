package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.streamcause.tencent.CallbackVerifier.Result;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** sign = MD5(callbackKey + t); the golden signatures were computed with Python's hashlib. */
class CallbackVerifierTest {
    private static final long T = 1764000600L;
    private static final String SIGN = "2510e7d5e1f0b688066faa27b31c1f48"; // md5("secret-key1764000600")

    private static CallbackVerifier at(long epochSecond) {
        return new CallbackVerifier("secret-key", Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void aCorrectSignatureBeforeItsExpiryIsValid() {
        assertThat(at(T - 600).verify(SIGN, T)).isEqualTo(Result.VALID);
        assertThat(at(T).verify(SIGN, T)).as("valid up to and including t").isEqualTo(Result.VALID);
        assertThat(at(T - 600).verify(SIGN.toUpperCase(), T))
                .as("upper-case hex")
                .isEqualTo(Result.VALID);
        assertThat(at(T - 600).sign(T)).isEqualTo(SIGN);
    }

    @Test
    void afterTItHasExpired() {
        assertThat(at(T + 1).verify(SIGN, T)).isEqualTo(Result.EXPIRED);
    }

    @Test
    void aWrongSignatureIsWrongWhateverTheTime() {
        CallbackVerifier v = at(T - 1);
        assertThat(v.verify(SIGN, T + 1)).as("t is signed").isEqualTo(Result.WRONG_SIGNATURE);
        assertThat(v.verify("2510e7d5e1f0b688066faa27b31c1f49", T)).isEqualTo(Result.WRONG_SIGNATURE);
        assertThat(v.verify(SIGN.substring(1), T)).isEqualTo(Result.WRONG_SIGNATURE);
        assertThat(v.verify(SIGN + "0", T)).isEqualTo(Result.WRONG_SIGNATURE);
        assertThat(v.verify("zz10e7d5e1f0b688066faa27b31c1f48", T)).isEqualTo(Result.WRONG_SIGNATURE);
        assertThat(v.verify("２510e7d5e1f0b688066faa27b31c1f48", T))
                .as("full-width digits are not hex")
                .isEqualTo(Result.WRONG_SIGNATURE);
        assertThat(at(T + 100).verify("00000000000000000000000000000000", T))
                .as("a wrong signature does not reveal expiry")
                .isEqualTo(Result.WRONG_SIGNATURE);
        assertThat(new CallbackVerifier("other-key", Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC))
                        .verify(SIGN, T))
                .isEqualTo(Result.WRONG_SIGNATURE);
    }

    @Test
    void theKeyIsUtf8() {
        CallbackVerifier v = new CallbackVerifier("密钥", Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC));
        assertThat(v.verify("2a5ca5c0c06977d4c6657e91bceabdc5", T)).isEqualTo(Result.VALID);
    }

    @Test
    void missingFields() {
        assertThat(at(T).verify(null, T)).isEqualTo(Result.MISSING_FIELDS);
        assertThat(at(T).verify("", T)).isEqualTo(Result.MISSING_FIELDS);
        assertThat(at(T).verify(CallbackEvent.parse("{\"event_type\":0,\"t\":1764000600}")))
                .isEqualTo(Result.MISSING_FIELDS);
        assertThat(at(T).verify(CallbackEvent.parse("{\"event_type\":0,\"sign\":\"" + SIGN + "\"}")))
                .isEqualTo(Result.MISSING_FIELDS);
    }

    @Test
    void verifiesAParsedCallback() {
        CallbackEvent event = CallbackEvent.parse("{\"event_type\":0,\"t\":" + T + ",\"sign\":\"" + SIGN + "\"}");
        assertThat(at(T - 10).verify(event)).isEqualTo(Result.VALID);
        assertThat(at(T + 10).verify(event)).isEqualTo(Result.EXPIRED);
    }

    @Test
    void badConstructionIsAClearError() {
        assertThatThrownBy(() -> new CallbackVerifier("", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("callbackKey");
        assertThatThrownBy(() -> new CallbackVerifier(null, Clock.systemUTC()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("callbackKey");
        assertThatThrownBy(() -> new CallbackVerifier("k", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("clock");
    }

    @Test
    void aSignatureWithAnythingButHexDigitsIsWrong() {
        CallbackVerifier v = at(T - 600);
        // "2510e7d5e1f0...": the '0' of "10" is a low digit, the 'f' of "f0" a high one
        assertThat(v.verify(SIGN.replaceFirst("0", "g"), T)).isEqualTo(Result.WRONG_SIGNATURE);
        assertThat(v.verify(SIGN.substring(0, 10) + "x" + SIGN.substring(11), T))
                .isEqualTo(Result.WRONG_SIGNATURE);
        // a t whose signature holds the byte ff, with its low digit replaced
        long t = T;
        String sign = v.sign(t);
        while (lowDigitOfAnFfByte(sign) < 0) {
            sign = v.sign(++t);
        }
        int low = lowDigitOfAnFfByte(sign);
        assertThat(v.verify(sign, t)).isEqualTo(Result.VALID);
        assertThat(v.verify(sign.substring(0, low) + "x" + sign.substring(low + 1), t))
                .isEqualTo(Result.WRONG_SIGNATURE);
        assertThat(v.verify(sign.substring(0, low) + "F" + sign.substring(low + 1), t))
                .isEqualTo(Result.VALID);
    }

    /** The edges of a {@code long} t: the ends of the type and of {@code Instant}'s range, 0, negatives. */
    static LongStream edges() {
        long min = Instant.MIN.getEpochSecond();
        long max = Instant.MAX.getEpochSecond();
        return LongStream.of(
                Long.MIN_VALUE,
                Long.MIN_VALUE + 1,
                min - 1,
                min,
                min + 1,
                -T,
                -1,
                0,
                1,
                T - 1,
                T,
                T + 1,
                Json.MAX_EPOCH_SECOND + 1,
                max - 1,
                max,
                max + 1,
                Long.MAX_VALUE - 1,
                Long.MAX_VALUE);
    }

    /** Issue 12, defect 7: a t beyond {@code Instant}'s range threw {@code DateTimeException}. */
    @ParameterizedTest
    @MethodSource("edges")
    void everyTHasAnOutcomeAndNoneThrows(long t) {
        CallbackVerifier v = at(T);
        String sign = v.sign(t);
        assertThat(v.verify(sign, t))
                .as("an expiry before the clock has passed, one at or after it (however far) has not")
                .isEqualTo(t < T ? Result.EXPIRED : Result.VALID);
        assertThat(v.verify(sign, t == Long.MAX_VALUE ? Long.MIN_VALUE : t + 1)).isEqualTo(Result.WRONG_SIGNATURE);
        CallbackVerifier atTheEnd = new CallbackVerifier("secret-key", Clock.fixed(Instant.MAX, ZoneOffset.UTC));
        assertThat(atTheEnd.verify(sign, t))
                .isEqualTo(t <= Instant.MAX.getEpochSecond() ? Result.EXPIRED : Result.VALID);
        CallbackVerifier atTheStart = new CallbackVerifier("secret-key", Clock.fixed(Instant.MIN, ZoneOffset.UTC));
        assertThat(atTheStart.verify(sign, t))
                .isEqualTo(t < Instant.MIN.getEpochSecond() ? Result.EXPIRED : Result.VALID);
    }

    @Test
    void aSeededSweepOfTimesAndClocksAgreesWithArithmetic() {
        Random random = new Random(12);
        long[] edges = edges().toArray();
        for (int i = 0; i < 20_000; i++) {
            long t = random.nextInt(3) == 0
                    ? edges[random.nextInt(edges.length)] + random.nextInt(5) - 2
                    : random.nextLong() >> random.nextInt(64);
            long seconds =
                    random.nextBoolean() ? t + random.nextInt(3) - 1 : random.nextLong() % Instant.MAX.getEpochSecond();
            if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
                continue; // no clock tells such a time
            }
            Instant now = Instant.ofEpochSecond(seconds, random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
            CallbackVerifier v = new CallbackVerifier("secret-key", Clock.fixed(now, ZoneOffset.UTC));
            // t has passed when now, with its fraction of a second, is later
            BigDecimal clock = BigDecimal.valueOf(now.getEpochSecond()).add(BigDecimal.valueOf(now.getNano(), 9));
            Result expected = clock.compareTo(BigDecimal.valueOf(t)) > 0 ? Result.EXPIRED : Result.VALID;
            String sign = v.sign(t);
            assertThat(v.verify(sign, t)).as("t %d at %s", t, now).isEqualTo(expected);
            assertThat(v.verify(sign.toUpperCase(java.util.Locale.ROOT), t)).isEqualTo(expected);
            assertThat(v.verify(sign, ~t)).isEqualTo(Result.WRONG_SIGNATURE);
        }
    }

    /**
     * Issue 12, defect 8: the sign of 1764000600 verified a t sent as {@code "+1764000600"}, {@code
     * "01764000600"}, {@code " 1764000600"} or in the digits of other scripts, since t was read with {@code
     * trim()} and {@code Long.parseLong}; none is the text the platform signed.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "+1764000600",
                "01764000600",
                "001764000600",
                " 1764000600",
                "1764000600 ",
                "\\t1764000600",
                "\\u0000 1764000600\\u0000",
                "１７６４０００６００",
                "١٧٦٤٠٠٠٦٠٠",
                "१७६४०००६००"
            })
    void aTSentInAnotherFormOfTheSignedNumberIsRejected(String jsonText) {
        String body = "{\"event_type\":0,\"t\":\"" + jsonText + "\",\"sign\":\"" + SIGN + "\"}";
        Result[] outcome = new Result[1];
        Throwable thrown = catchThrowable(() -> outcome[0] = at(T - 600).verify(CallbackEvent.parse(body)));
        assertThat(thrown)
                .as("parsed, and verified %s", outcome[0])
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageStartingWith("t: expected an integer ");
    }

    @Test
    void theSignatureIsCheckedAgainstTAsSent() {
        // the number and the string of the same digits are the same text
        assertThat(at(T - 600)
                        .verify(CallbackEvent.parse(
                                "{\"event_type\":0,\"t\":\"" + T + "\",\"sign\":\"" + SIGN + "\"}")))
                .isEqualTo(Result.VALID);
        // the number -0 is 0, but the text signed was "-0", not "0": md5("secret-key-0") and md5("secret-key0")
        CallbackVerifier before1970 = at(-60);
        String body = "{\"event_type\":0,\"t\":-0,\"sign\":\"%s\"}";
        CallbackEvent minusZero = CallbackEvent.parse(String.format(body, "8582656151b567f4e265dcedafcebcba"));
        assertThat(minusZero.signatureExpiry()).contains(Instant.EPOCH);
        assertThat(before1970.verify(minusZero)).isEqualTo(Result.VALID);
        assertThat(before1970.verify(CallbackEvent.parse(String.format(body, "788da9dd31b66890932203e6469e1904"))))
                .isEqualTo(Result.WRONG_SIGNATURE);
        assertThat(before1970.sign(0)).isEqualTo("788da9dd31b66890932203e6469e1904");
        assertThat(minusZero)
                .isNotEqualTo(CallbackEvent.parse(
                        String.format(body.replace("-0", "0"), "8582656151b567f4e265dcedafcebcba")));
    }

    private static int lowDigitOfAnFfByte(String sign) {
        for (int i = 0; i < sign.length(); i += 2) {
            if (sign.startsWith("ff", i)) {
                return i + 1;
            }
        }
        return -1;
    }
}
