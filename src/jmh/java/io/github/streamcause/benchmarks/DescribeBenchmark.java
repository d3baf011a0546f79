package io.github.streamcause.benchmarks;

import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.tencent.CallbackEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code ErrorCodes.describe(code, subcode)} next to (a) a plain array load of a precomputed diagnosis,
 * the memory limit, and (b) a boxed {@code HashMap<Long, Diagnosis>} lookup, what people write by hand.
 * Two more baselines tell where the time goes: (a2) reads the same two input ints and loads a precomputed
 * diagnosis from a table indexed by them, with no range check (the memory limit for an answer that
 * depends on the pair), and (c) only reads the two ints.
 *
 * <p>The inputs sit in {@code static final} arrays, filled by {@link #setUp()}, so that the JIT folds
 * their addresses and lengths for every benchmark alike: what is left is the work of each.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class DescribeBenchmark {
    private static final int SIZE = 1 << 12;
    private static final int MASK = SIZE - 1;

    /** {@code documented}: the pairs of a realistic log; {@code random}: any int pairs, mostly undocumented. */
    @Param({"documented", "random"})
    public String pairs;

    private static final int[] CODES = new int[SIZE];
    private static final int[] SUBCODES = new int[SIZE];
    private static final Diagnosis[] PRECOMPUTED = new Diagnosis[SIZE];
    /**
     * {@code BY_PAIR[code << 10 | subcode]} for the pairs of the mix (random pairs may share a slot: only the
     * load counts).
     */
    private static final Diagnosis[] BY_PAIR = new Diagnosis[1 << 16];

    private final Map<Long, Diagnosis> map = new HashMap<>();
    private Diagnosis fallback;
    private int i;

    @Setup
    public void setUp() {
        Random random = new Random(7);
        List<byte[]> bodies = Samples.callbackBodies(SIZE);
        int n = 0;
        for (byte[] body : bodies) {
            CallbackEvent e = CallbackEvent.parse(body);
            if (n == SIZE) {
                break;
            }
            // documented: the table's pairs only (the sample's few undocumented codes are left out)
            if (e.diagnosis().isPresent() && (e.diagnosis().get().documented() || !pairs.equals("documented"))) {
                Diagnosis d = e.diagnosis().get();
                boolean documented = pairs.equals("documented");
                CODES[n] = documented ? d.code() : random.nextInt(2000) - 100;
                SUBCODES[n] = documented ? d.subcode() : (random.nextBoolean() ? 0 : random.nextInt(1000));
                PRECOMPUTED[n] = ErrorCodes.describe(CODES[n], SUBCODES[n]);
                BY_PAIR[((CODES[n] << 10) | SUBCODES[n]) & 0xFFFF] = PRECOMPUTED[n];
                n++;
            }
        }
        for (int k = n; k < SIZE; k++) {
            CODES[k] = CODES[k - n];
            SUBCODES[k] = SUBCODES[k - n];
            PRECOMPUTED[k] = PRECOMPUTED[k - n];
        }
        for (int code = 0; code <= 35; code++) {
            for (int sub : new int[] {0, 100, 101, 102, 103, 104, 200, 201, 202, 203, 300, 301, 302, 303, 304, 305,
                306, 307, 308, 309, 400, 401, 500, 501, 502, 503, 600, 601, 602}) {
                if (ErrorCodes.lookup(code, sub).isPresent() || sub == 0) {
                    map.put(((long) code << 32) | sub, ErrorCodes.describe(code, sub));
                }
            }
        }
        fallback = ErrorCodes.describe(-1);
    }

    @Benchmark
    public Diagnosis describe() {
        int k = i = (i + 1) & MASK;
        return ErrorCodes.describe(CODES[k], SUBCODES[k]);
    }

    @Benchmark
    public Diagnosis baselineArrayLoad() {
        int k = i = (i + 1) & MASK;
        return PRECOMPUTED[k];
    }

    /** (a2) The same two ints read, and a precomputed answer loaded by them, unchecked. */
    @Benchmark
    public Diagnosis baselinePairIndexedLoad() {
        int k = i = (i + 1) & MASK;
        return BY_PAIR[((CODES[k] << 10) | SUBCODES[k]) & 0xFFFF];
    }

    /** (c) Only the two ints read. */
    @Benchmark
    public int baselineReadPair() {
        int k = i = (i + 1) & MASK;
        return CODES[k] ^ SUBCODES[k];
    }

    @Benchmark
    public Diagnosis baselineBoxedHashMap() {
        int k = i = (i + 1) & MASK;
        Long key = ((long) CODES[k] << 32) | (SUBCODES[k] & 0xFFFFFFFFL);
        Diagnosis d = map.get(key);
        return d != null ? d : fallback;
    }
}
