package io.github.streamcause.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.tencent.CallbackEvent;
import java.io.IOException;
import java.util.List;
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
 * Callback parse + diagnose, events per second, next to (a) Jackson streaming that only tokenizes the same
 * bytes, the parser's limit, and (b) {@code ObjectMapper.readTree} with the fields read by hand.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ParseBenchmark {
    private byte[][] bodies;
    private final JsonFactory factory = new JsonFactory();
    private final ObjectMapper mapper = new ObjectMapper();
    private int i;

    @Setup
    public void setUp() {
        List<byte[]> all = Samples.callbackBodies(2048);
        bodies = all.subList(0, 4096).toArray(new byte[0][]);
    }

    private byte[] next() {
        i = (i + 1) & 4095;
        return bodies[i];
    }

    @Benchmark
    public Diagnosis parseAndDiagnose() {
        return CallbackEvent.parse(next()).diagnosis().orElse(null);
    }

    @Benchmark
    public int baselineTokenizeOnly() throws IOException {
        int tokens = 0;
        try (JsonParser p = factory.createParser(next())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                tokens++;
            }
        }
        return tokens;
    }

    @Benchmark
    public Diagnosis baselineReadTreeByHand() throws IOException {
        JsonNode node = mapper.readTree(next());
        if (node.path("event_type").asInt(-1) != 0) {
            return null;
        }
        return ErrorCodes.describe(node.path("errcode").asInt(), node.path("errmsg").asText(null));
    }
}
