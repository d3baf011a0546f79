package io.github.streamcause.examples;

import io.github.streamcause.tencent.CallbackVerifier;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the realistic sample callback log of {@code docs/examples/callbacks.ndjson.gz}: a day of push and
 * interruption callbacks across a few dozen streams, deterministic for a given seed and size.
 *
 * <p>The mix: mostly clean stops (1, 2, 21/102), network drops (12-15), idle cuts (8, 20), some internal
 * errors, a burst of auth failures (18/501, 18/503) from one stream in the afternoon, an arrears incident
 * (18/202) in the evening, an undocumented code, redelivered duplicates, push events, and a handful of
 * malformed lines; with vendor-style errmsg texts (legacy strings, whitespace drift, the current Chinese
 * table).
 *
 * <p>Regenerate the sample (the test {@code SampleTest} fails when it drifts):
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=io.github.streamcause.examples.SampleGenerator
 * </pre>
 *
 * Arguments: {@code [sessions] [seed] [file]}, default {@code 2000 20261124 docs/examples/callbacks.ndjson.gz};
 * a file name ending in {@code .gz} is compressed, {@code -} writes plain text to standard output. Each
 * session is a push event and an interruption event, about 5% of interruptions are delivered again, so
 * {@code sessions} × 2.1 is about the number of lines.
 */
public final class SampleGenerator {
    static final int DEFAULT_SESSIONS = 2000;
    static final long DEFAULT_SEED = 20261124L;
    static final Path DEFAULT_FILE = Paths.get("docs/examples/callbacks.ndjson.gz");
    static final String CALLBACK_KEY = "sample-callback-key";
    private static final long DAY_START = Instant.parse("2026-11-24T00:00:00Z").getEpochSecond();
    private static final int STREAMS = 36;

    /** A normal outcome: errcode, sub_errcode (0 for none), errmsg, weight. */
    private static final Object[][] MIX = {
        {1, 0, "recv rtmp deleteStream", 250},
        {2, 0, "recv rtmp closeStream", 120},
        {2, 0, "recv rtmpcloseStream", 30},
        {3, 0, "recv() return 0", 50},
        {4, 0, "recv() return error", 30},
        {21, 102, "收到新的推流链接顶替当前推流", 120},
        {21, 100, "收到客户调用的断流请求", 40},
        {12, 0, "推流链路网络异常", 50},
        {13, 0, "推流链路网络异常", 45},
        {14, 0, "推流链路网络异常", 35},
        {15, 0, "推流链路网络异常", 20},
        {16, 0, "推流链路网络异常", 5},
        {8, 0, "系统主动断开长时间无数据的推流", 45},
        {20, 0, "系统主动断开长时间无数据的推流", 35},
        {5, 0, "直播系统内部错误", 10},
        {24, 0, "直播系统内部错误", 8},
        {18, 101, "直播系统内部错误", 6},
        {18, 601, "当前流名称对应的推流条数超过配置允许的最大值", 15},
        {10, 0, "代理层收到断流命令", 12},
        {6, 0, "RTMP 协议内容异常", 6},
        {35, 0, "推流客户端主动断流", 10},
        {99, 0, "unknown error", 3},
    };

    private final Random random;
    private final CallbackVerifier signer;
    private long sequence = 4_777_712_183_614_825_751L;

    private SampleGenerator(long seed) {
        this.random = new Random(seed);
        this.signer = new CallbackVerifier(CALLBACK_KEY, Clock.systemUTC());
    }

    public static void main(String[] args) throws IOException {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_SESSIONS;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        String file = args.length > 2 ? args[2] : DEFAULT_FILE.toString();
        if (file.equals("-")) {
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            write(sessions, seed, out);
            out.flush();
            return;
        }
        Path path = Paths.get(file);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        try (OutputStream raw = Files.newOutputStream(path);
                OutputStream body = file.endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                Writer out = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), 1 << 16)) {
            write(sessions, seed, out);
        }
    }

    /** Writes the default sample, as in {@code docs/examples/callbacks.ndjson.gz} once decompressed. */
    public static void writeDefault(Writer out) throws IOException {
        write(DEFAULT_SESSIONS, DEFAULT_SEED, out);
    }

    /** Writes the log: one line per event, in time order but for redeliveries. */
    public static void write(int sessions, long seed, Writer out) throws IOException {
        new SampleGenerator(seed).run(sessions, out);
    }

    private void run(int sessions, Writer out) throws IOException {
        int malformedEvery = Math.max(1, sessions / 6);
        for (int i = 0; i < sessions; i++) {
            long start = DAY_START + (long) i * 86_400 / sessions + random.nextInt(30);
            int hour = (int) ((start - DAY_START) / 3600);
            int minute = (int) ((start - DAY_START) / 60 % 60);
            int stream;
            Object[] outcome;
            if (hour == 14 && minute < 30 && random.nextInt(3) > 0) {
                stream = 13; // the afternoon burst of auth failures from one stream
                outcome = random.nextBoolean()
                        ? new Object[] {18, 501, "推流时间戳参数值已过期"}
                        : new Object[] {18, 503, "校验鉴权参数不通过"};
            } else if (hour == 20 && minute < 20) {
                stream = 1 + random.nextInt(STREAMS); // the arrears incident: every stream
                outcome = new Object[] {18, 202, "账号欠费，您的直播服务已被暂时关停，请及时充值"};
            } else {
                stream = pickStream();
                outcome = pickOutcome();
            }
            long seq = sequence += 1 + random.nextInt(1000);
            long duration = 5 + random.nextInt(7200);
            String name = String.format("room%02d", stream);
            String domain = stream <= 30 ? "push.example.com" : "push.example.net";
            line(out, event(domain, name, seq, start, 1, null, 0));
            String interruption = event(domain, name, seq, start + duration, 0, outcome, duration * 1000);
            line(out, interruption);
            if (random.nextInt(20) == 0) { // not answered in time: delivered again
                int times = 1 + random.nextInt(3);
                for (int r = 0; r < times; r++) {
                    line(out, interruption);
                }
            }
            if (i % malformedEvery == malformedEvery / 2) {
                line(out, malformed(i / malformedEvery, seq));
            }
        }
    }

    private int pickStream() {
        // a few busy streams, many quiet ones
        double u = random.nextDouble();
        return 1 + (int) (STREAMS * u * u);
    }

    private Object[] pickOutcome() {
        int total = 0;
        for (Object[] o : MIX) {
            total += (Integer) o[3];
        }
        int r = random.nextInt(total);
        for (Object[] o : MIX) {
            r -= (Integer) o[3];
            if (r < 0) {
                return o;
            }
        }
        throw new AssertionError();
    }

    private String event(String domain, String stream, long seq, long time, int type, Object[] outcome, long ms) {
        long t = time + 600;
        StringBuilder json = new StringBuilder(400);
        json.append("{\"app\":\"")
                .append(domain)
                .append("\",\"appid\":1250000000,\"appname\":\"live\"")
                .append(",\"channel_id\":\"")
                .append(stream)
                .append('"');
        if (type == 0) {
            json.append(",\"errcode\":")
                    .append(outcome[0])
                    .append(",\"errmsg\":\"")
                    .append(outcome[2])
                    .append('"');
        } else {
            json.append(",\"errcode\":0,\"errmsg\":\"ok\"");
        }
        json.append(",\"event_time\":")
                .append(time)
                .append(",\"event_type\":")
                .append(type)
                .append(",\"idc_id\":")
                .append(30 + random.nextInt(8))
                .append(",\"node\":\"203.0.113.")
                .append(1 + random.nextInt(200))
                .append('"');
        if (type == 0) {
            json.append(",\"push_duration\":\"").append(ms).append('"');
        }
        json.append(",\"sequence\":\"")
                .append(seq)
                .append("\",\"set_id\":2,\"sign\":\"")
                .append(signer.sign(t))
                .append("\",\"stream_id\":\"")
                .append(stream)
                .append("\",\"stream_param\":\"txSecret=0123456789abcdef0123456789abcdef&txTime=6930000\"")
                .append(",\"t\":")
                .append(t)
                .append(",\"user_ip\":\"198.51.100.")
                .append(1 + random.nextInt(200))
                .append("\",\"width\":1280,\"height\":720}");
        return json.toString();
    }

    /** The kinds of broken lines real logs hold. */
    private static String malformed(int kind, long seq) {
        switch (kind % 6) {
            case 0:
                return "{\"app\":\"push.example.com\",\"event_type\":0,\"errcode\":1,\"sequence\":\"" + seq; // cut off
            case 1:
                return "{\"event_type\":0,\"errcode\":\"eighteen\",\"sequence\":\"" + seq + "\"}";
            case 2:
                return "";
            case 3:
                return "{\"event_type\":321,\"sequence\":\"" + seq + "\",\"stream_id\":\"room05\"}";
            case 4:
                return "2026-11-24 12:00:00 INFO callback received";
            default:
                return "{\"event_type\":0,\"errcode\":12.5,\"sequence\":\"" + seq + "\"}";
        }
    }

    private static void line(Writer out, String line) throws IOException {
        out.write(line);
        out.write('\n');
    }
}
