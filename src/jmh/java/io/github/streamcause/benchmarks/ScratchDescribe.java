package io.github.streamcause.benchmarks;

import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.tencent.CallbackEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ScratchDescribe {
    @Param({"4096"})
    public int size;
    private int mask;
    private int[] codes, subcodes, pairs;
    private Diagnosis[] precomputed;
    private static final Diagnosis[] POW2 = new Diagnosis[64 << 10];
    private static final Diagnosis[] POW2B = new Diagnosis[36 << 10];
    static {
        for (int c = 0; c < 36; c++) for (int s = 0; s < 1024; s++) {
            Diagnosis d = ErrorCodes.describe(c, s);
            if (ErrorCodes.describe(c, s) == d) { POW2[(c << 10) | s] = d; POW2B[(c << 10) | s] = d; }
        }
    }
    private int i;

    @Setup
    public void setUp() {
        mask = size - 1;
        codes = new int[size]; subcodes = new int[size]; pairs = new int[2 * size]; precomputed = new Diagnosis[size];
        List<byte[]> bodies = Samples.callbackBodies(4096);
        int n = 0;
        for (byte[] body : bodies) {
            if (n == size) break;
            CallbackEvent e = CallbackEvent.parse(body);
            if (e.diagnosis().isPresent() && e.diagnosis().get().isDocumented()) {
                Diagnosis d = e.diagnosis().get();
                codes[n] = d.code(); subcodes[n] = d.subcode(); precomputed[n] = d; n++;
            }
        }
        for (int k = n; k < size; k++) { codes[k] = codes[k - n]; subcodes[k] = subcodes[k - n]; precomputed[k] = precomputed[k - n]; }
        for (int k = 0; k < size; k++) { pairs[2 * k] = codes[k]; pairs[2 * k + 1] = subcodes[k]; }
    }

    static Diagnosis pow2(int code, int subcode) {
        if (((code >>> 6) | (subcode >>> 10)) == 0) {
            Diagnosis d = POW2[(code << 10) | subcode];
            if (d != null) return d;
        }
        return ErrorCodes.describe(code, subcode);
    }
    static Diagnosis pow2b(int code, int subcode) {
        if (Integer.compareUnsigned(code, 36) < 0 && (subcode >>> 10) == 0) {
            Diagnosis d = POW2B[(code << 10) | subcode];
            if (d != null) return d;
        }
        return ErrorCodes.describe(code, subcode);
    }

    static Diagnosis pow2m(int code, int subcode) {
        if (((code >>> 6) | (subcode >>> 10)) == 0) {
            Diagnosis d = POW2[((code << 10) | subcode) & (POW2.length - 1)];
            if (d != null) return d;
        }
        return slow(code, subcode);
    }
    static Diagnosis pow2n(int code, int subcode) {
        Diagnosis d = POW2[((code << 10) | subcode) & (POW2.length - 1)];
        if (d != null && (((code >>> 6) | (subcode >>> 10)) == 0)) return d;
        return slow(code, subcode);
    }
    static Diagnosis pow2f(int code, int subcode) {
        int bad = (code >>> 6) | (subcode >>> 10);
        Diagnosis d = POW2[((code << 10) | subcode | ((-bad) >> 31)) & 0xFFFF];
        return d != null ? d : slow(code, subcode);
    }
    static Diagnosis pow2g(int code, int subcode) {
        int idx = (code << 10) | subcode;
        if ((idx >>> 16 | subcode >>> 10) == 0) {
            Diagnosis d = POW2[idx];
            if (d != null) return d;
        }
        return slow(code, subcode);
    }
    @Benchmark public Diagnosis sPow2f() { int k = i = (i + 1) & (SZ - 1); return pow2f(SC[k], SS[k]); }
    @Benchmark public Diagnosis sPow2g() { int k = i = (i + 1) & (SZ - 1); return pow2g(SC[k], SS[k]); }
    static Diagnosis pow2c(int code, int subcode) {
        if (((code >>> 6) | (subcode >>> 10)) == 0) {
            int idx = (code << 10) | subcode;
            if (idx < POW2B.length) {
            Diagnosis d = POW2B[idx];
            if (d != null) return d;
            }
        }
        return slow(code, subcode);
    }
    @Benchmark public Diagnosis sPow2c() { int k = i = (i + 1) & (SZ - 1); return pow2c(SC[k], SS[k]); }
    static Diagnosis slow(int code, int subcode) { return ErrorCodes.describe(code, subcode); }
    @Benchmark public Diagnosis pow2m() { int k = i = (i + 1) & mask; return pow2m(codes[k], subcodes[k]); }
    @Benchmark public Diagnosis pow2n() { int k = i = (i + 1) & mask; return pow2n(codes[k], subcodes[k]); }
    static final int SZ = 4096;
    static final int[] SC = new int[SZ], SS = new int[SZ];
    static final Diagnosis[] SP = new Diagnosis[SZ];
    @Setup public void statics() { System.arraycopy(codes, 0, SC, 0, SZ); System.arraycopy(subcodes, 0, SS, 0, SZ); System.arraycopy(precomputed, 0, SP, 0, SZ); }
    @Benchmark public Diagnosis sCurrent() { int k = i = (i + 1) & (SZ - 1); return ErrorCodes.describe(SC[k], SS[k]); }
    @Benchmark public Diagnosis sPow2m() { int k = i = (i + 1) & (SZ - 1); return pow2m(SC[k], SS[k]); }
    @Benchmark public Diagnosis sBaseline() { int k = i = (i + 1) & (SZ - 1); return SP[k]; }
    @Benchmark public int sTwoInts() { int k = i = (i + 1) & (SZ - 1); return SC[k] + SS[k]; }
    @Benchmark public Diagnosis current() { int k = i = (i + 1) & mask; return ErrorCodes.describe(codes[k], subcodes[k]); }
    @Benchmark public Diagnosis currentInterleaved() { int k = i = (i + 1) & mask; return ErrorCodes.describe(pairs[2 * k], pairs[2 * k + 1]); }
    @Benchmark public Diagnosis pow2() { int k = i = (i + 1) & mask; return pow2(codes[k], subcodes[k]); }
    @Benchmark public Diagnosis pow2b() { int k = i = (i + 1) & mask; return pow2b(codes[k], subcodes[k]); }
    @Benchmark public Diagnosis baseline() { int k = i = (i + 1) & mask; return precomputed[k]; }
    @Benchmark public int baselineTwoIntLoads() { int k = i = (i + 1) & mask; return codes[k] + subcodes[k]; }
}
