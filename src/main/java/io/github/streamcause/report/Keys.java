package io.github.streamcause.report;

import io.github.streamcause.tencent.StreamEventRecord;

/**
 * 64-bit de-duplication keys. A callback is the same event as another when its ({@code sequence}, {@code
 * event_type}) is; an API record when its stream, start and end are. Keys are hashes: two different
 * events share one with a probability near n²/2⁶⁵ (about 3 in 10⁸ for a million events).
 */
final class Keys {
    private Keys() {}

    static long callback(String sequence, int eventType) {
        long h = 0xcbf29ce484222325L;
        h = text(h, sequence);
        h = (h ^ eventType) * 0x100000001b3L;
        return mix(h);
    }

    static long record(StreamEventRecord r) {
        long h = 0x84222325cbf29ce4L;
        h = text(h, r.domainName().orElse(""));
        h = text(h, r.appName().orElse(""));
        h = text(h, r.streamName().orElse(""));
        h = text(h, String.valueOf(r.streamStartTime().orElse(null)));
        h = text(h, String.valueOf(r.streamEndTime().orElse(null)));
        return mix(h);
    }

    /** FNV-1a over the characters, then a separator so that ("ab","c") differs from ("a","bc"). */
    private static long text(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ 0x1F) * 0x100000001b3L;
    }

    /** MurmurHash3's fmix64: spreads every input bit over the whole key. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
