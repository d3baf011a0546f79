package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.streamcause.tencent.CallbackVerifier.Result;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

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

    private static int lowDigitOfAnFfByte(String sign) {
        for (int i = 0; i < sign.length(); i += 2) {
            if (sign.startsWith("ff", i)) {
                return i + 1;
            }
        }
        return -1;
    }
}
