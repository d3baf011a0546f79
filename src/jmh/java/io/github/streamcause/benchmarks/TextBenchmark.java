package io.github.streamcause.benchmarks;

import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code recognize(text)} and {@code describe(code, errmsg)} over vendor texts in four languages, legacy
 * strings with drifted white space and unknown text, next to a {@code HashMap<String, ...>} exact-match
 * lookup of the same texts already normalised (which does none of the normalising).
 *
 * <p>Three cases of the library: the same text instances again and again (hash cached in the strings, as
 * in the specified baseline); fresh copies of the texts each time (as an {@code errmsg} parsed from a
 * payload, next to the baseline on fresh copies); and texts seen for the first time ({@link
 * #recognizeFirstSight()}: drifted and unknown texts from a pool far larger than the recent cache, so
 * every call normalises and matches).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TextBenchmark {
    private static final String[] TEXTS = {
        "推流域名被禁用",
        "账号欠费，您的直播服务已被暂时关停，请及时充值",
        "계정 연체로 라이브 방송 서비스가 일시적으로 정지되었습니다. 즉시 충전하시기 바랍니다.",
        "プッシュ接続ネットワークの異常。",
        "The push client IP is in the blacklist.",
        "recv rtmpcloseStream",
        "recv rtmp deleteStream",
        "推流客户端主动断流",
        "Internal error in the CSS system.",
        "some text no table has",
        "ok",
        "校验鉴权参数不通过"
    };
    private static final int MASK = 15;

    /** Distinct texts that miss both caches: drifted or unknown, never the same text twice in a row. */
    private static final int FIRST_SIGHT = 1 << 16;

    private final String[] texts = new String[16];
    private final char[][] textChars = new char[16][];
    private final String[] firstSight = new String[FIRST_SIGHT];
    private final String[] normalized = new String[16];
    private final char[][] normalizedChars = new char[16][];
    private final Map<String, List<InterruptionCause>> map = new HashMap<>();
    private int i;

    @Setup
    public void setUp() {
        for (int k = 0; k < 16; k++) {
            texts[k] = TEXTS[k % TEXTS.length];
            normalized[k] = texts[k].replaceAll("\\s+", "").replaceAll("[.。!！]+$", "").toLowerCase(Locale.ROOT);
            normalizedChars[k] = normalized[k].toCharArray();
            textChars[k] = texts[k].toCharArray();
            map.put(normalized[k], ErrorCodes.recognize(texts[k]));
        }
        for (int k = 0; k < FIRST_SIGHT; k++) {
            String text = TEXTS[k % TEXTS.length];
            // a known text with k spaces somewhere, or an unknown text with a number: all distinct
            firstSight[k] = k % 2 == 0
                    ? text.substring(0, 1) + " ".repeat(1 + k / 64 % 8) + text.substring(1) + " ".repeat(k / 512)
                    : text + " #" + k;
        }
    }

    /** The same texts in fresh {@code String} instances, as parsed from payloads: the hash is computed. */
    @Benchmark
    public List<InterruptionCause> recognizeFreshText() {
        int k = i = (i + 1) & MASK;
        return ErrorCodes.recognize(new String(textChars[k]));
    }

    /** Texts never seen before (or no longer in the recent cache): normalised and matched every time. */
    @Benchmark
    public List<InterruptionCause> recognizeFirstSight() {
        int k = i = (i + 1) & (FIRST_SIGHT - 1);
        return ErrorCodes.recognize(firstSight[k]);
    }

    @Benchmark
    public List<InterruptionCause> recognize() {
        int k = i = (i + 1) & MASK;
        return ErrorCodes.recognize(texts[k]);
    }

    @Benchmark
    public Diagnosis describeWithErrmsg() {
        int k = i = (i + 1) & MASK;
        return ErrorCodes.describe(18, texts[k]);
    }

    /** The baseline as specified: the text is already normalised and its hash already cached. */
    @Benchmark
    public List<InterruptionCause> baselineHashMapOfNormalisedText() {
        int k = i = (i + 1) & MASK;
        return map.get(normalized[k]);
    }

    /**
     * The same lookup on a text whose hash is not cached, as for an errmsg freshly parsed from a payload:
     * {@code String.hashCode} runs over the characters, as the library's matching does.
     */
    @Benchmark
    public List<InterruptionCause> baselineHashMapOfNormalisedFreshText() {
        int k = i = (i + 1) & MASK;
        return map.get(new String(normalizedChars[k]));
    }
}
