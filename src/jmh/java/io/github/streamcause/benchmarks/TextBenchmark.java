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

    private final String[] texts = new String[16];
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
            map.put(normalized[k], ErrorCodes.recognize(texts[k]));
        }
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
