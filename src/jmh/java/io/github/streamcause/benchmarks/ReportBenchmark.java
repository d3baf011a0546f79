package io.github.streamcause.benchmarks;

import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.StreamEvent;
import io.github.streamcause.tencent.CallbackEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A report over a million parsed events in memory (de-duplication, counts by category, recovery, cause
 * and stream), per event, next to a loop that only counts by {@code errcode} in an {@code int[]}: from
 * callbacks as parsed ({@link #report()}: each made a vendor-neutral event, then counted, what {@code
 * analyze} does), and from events made beforehand ({@link #reportOfNeutralEvents()}: the report alone).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ReportBenchmark {
    static final int EVENTS = 1_000_000;

    private CallbackEvent[] events;
    private StreamEvent[] neutral;

    @Setup
    public void setUp() {
        List<CallbackEvent> all = Samples.events(EVENTS / 2);
        events = all.subList(0, Math.min(EVENTS, all.size())).toArray(new CallbackEvent[0]);
        if (events.length != EVENTS) {
            throw new IllegalStateException("the generator gave " + events.length + " events, not " + EVENTS);
        }
        neutral = new StreamEvent[events.length];
        for (int i = 0; i < events.length; i++) {
            neutral[i] = events[i].toStreamEvent();
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public InterruptionReport report() {
        InterruptionReport.Builder builder = InterruptionReport.builder();
        for (CallbackEvent e : events) {
            builder.add(e.toStreamEvent());
        }
        return builder.build();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public InterruptionReport reportOfNeutralEvents() {
        InterruptionReport.Builder builder = InterruptionReport.builder();
        for (StreamEvent e : neutral) {
            builder.add(e);
        }
        return builder.build();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int[] baselineCountByErrcode() {
        int[] counts = new int[64];
        for (CallbackEvent e : events) {
            if (e.isInterruption() && e.errcode().isPresent()) {
                int code = e.errcode().getAsInt();
                counts[code >= 0 && code < 63 ? code : 63]++;
            }
        }
        return counts;
    }
}
