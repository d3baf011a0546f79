package io.github.streamcause.report;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The de-duplication part of a report: for every counted event with an identity, its exact key and what it
 * contributed ({@code meta}: the contribution bits and the stream, see {@link Tally}), so that a merge can
 * take out an event that both sides counted.
 *
 * <p>Keys are exact. The common identities fit a 128-bit key in an {@link EventTable} slot (16 bytes, as
 * the 64-bit hash they replace did): a sequence written as a decimal number of up to 23 digits (no
 * leading zero) with event type 0, 1 or 321, and a span of two whole seconds between 1970 and 2106.
 * Everything else, such as a sequence with letters in it, is kept as text in a map: exact too, only
 * bigger.
 */
final class Dedup {
    /** How a key's high bits begin: the event type of a sequence (2 bits), or which times a span has. */
    static final int TYPE_SHIFT = 46;
    /** A sequence's digits before its last 19 (at most 4, below 10,000). */
    private static final int DIGITS_SHIFT = 48;

    private static final long SPAN_HAS_START = 1L << TYPE_SHIFT;
    private static final long SPAN_HAS_END = 2L << TYPE_SHIFT;

    private static final int CAUSES = io.github.streamcause.InterruptionCause.values().length;

    EventTable table = new EventTable();
    /** Identities that fit no slot, by their exact parts, to meta and time ({@code {meta, time}}). */
    Map<TextKey, long[]> texts = new HashMap<>();
    /**
     * For events with an undocumented pair: their key to the pair, so that a merge can take the pair out
     * of the counts too. Such events are rare.
     */
    Map<Object, Long> undocumented = new HashMap<>();
    /**
     * For events with an unrecognised reason text: their key ({@link SlotKey} or {@link TextKey}) to the
     * text, so that a merge can take the text's count out too. Such events are rare.
     */
    Map<Object, String> unrecognized = new HashMap<>();

    Dedup copy() {
        Dedup c = new Dedup();
        c.table = table.copy();
        c.texts = new HashMap<>(texts);
        c.undocumented = new HashMap<>(undocumented);
        c.unrecognized = new HashMap<>(unrecognized);
        return c;
    }

    /** The number of identities held. */
    long size() {
        return table.size() + (long) texts.size();
    }

    /**
     * Records an event with an identity: {@code meta} holds its stream in the low 32 bits; {@code pair} is
     * its undocumented (code, subcode) or null, {@code text} its unrecognised reason text or null, {@code
     * time} when it happened ({@link When}). False if an event of that identity was
     * counted already.
     */
    boolean add(EventId id, long meta, Long pair, String text, long time) {
        long low;
        long high;
        if (id.form() == EventId.Form.SEQUENCE) {
            int type = typeCode(id.eventType());
            String s = id.sequenceText();
            if (type < 0 || !isCanonicalNumber(s)) {
                return addText(new TextKey(id.eventType() + ":" + s, -1), meta, pair, text, time);
            }
            // the last 19 digits fit an unsigned long, the (at most 4) before them the high bits
            int split = Math.max(0, s.length() - 19);
            long digits = 0;
            for (int i = 0; i < split; i++) {
                digits = digits * 10 + (s.charAt(i) - '0');
            }
            low = 0;
            for (int i = split; i < s.length(); i++) {
                low = low * 10 + (s.charAt(i) - '0'); // below 10^19 < 2^64: wraps into the unsigned range
            }
            high = digits << DIGITS_SHIFT | (long) type << TYPE_SHIFT;
        } else {
            Instant start = id.start();
            Instant end = id.end();
            if (!fitsSpan(start) || !fitsSpan(end)) {
                return addText(new TextKey(start + ".." + end, (int) meta), meta, pair, text, time);
            }
            low = (start == null ? 0 : start.getEpochSecond() << 32) | (end == null ? 0 : end.getEpochSecond());
            high = EventTable.SPAN | (start == null ? 0 : SPAN_HAS_START) | (end == null ? 0 : SPAN_HAS_END);
        }
        long full = meta | high;
        if (!table.add(low, full, time)) {
            return false;
        }
        if (pair != null || text != null) {
            extras(new SlotKey(low, (full | EventTable.USED) & EventTable.keyMask(full)), pair, text);
        }
        return true;
    }

    private boolean addText(TextKey key, long meta, Long pair, String text, long time) {
        if (texts.putIfAbsent(key, new long[] {meta, time}) != null) {
            return false;
        }
        extras(key, pair, text);
        return true;
    }

    /** Keeps what an event contributed beside its meta, if anything. */
    private void extras(Object key, Long pair, String text) {
        if (pair != null) {
            undocumented.put(key, pair);
        }
        if (text != null) {
            unrecognized.put(key, text);
        }
    }

    /** 0, 1 and 321, the event types of callbacks, in two bits; -1 for any other. */
    private static int typeCode(int eventType) {
        switch (eventType) {
            case 0:
                return 0;
            case 1:
                return 1;
            case 321:
                return 2;
            default:
                return -1;
        }
    }

    /** Digits only, no leading zero (but "0"), at most 23 of them: a number the key holds exactly. */
    static boolean isCanonicalNumber(String s) {
        int length = s.length();
        if (length == 0 || length > 23 || (s.charAt(0) == '0' && length > 1)) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean fitsSpan(Instant t) {
        return t == null || (t.getNano() == 0 && t.getEpochSecond() >= 0 && t.getEpochSecond() <= 0xFFFFFFFFL);
    }

    /**
     * What the merge does with an event both sides counted: take its contribution out once, the other
     * side's, at the other side's time (the copy this side holds stays, as in one pass the first copy does).
     */
    interface Twice {
        void counted(long meta, Long pair, String text, long time);
    }

    /**
     * Adds every identity of {@code other}, its streams renumbered by {@code remap}; {@code twice} hears of
     * each one this side holds already.
     */
    void merge(Dedup other, int[] remap, int[] groupRemap, Twice twice) {
        boolean extras = !other.undocumented.isEmpty() || !other.unrecognized.isEmpty();
        other.table.forEach((low, meta, time) -> {
            long renumbered = renumbered(meta, remap, groupRemap);
            Long pair = null;
            String text = null;
            if (extras) {
                SlotKey key = new SlotKey(low, (meta | EventTable.USED) & EventTable.keyMask(meta));
                pair = other.undocumented.get(key);
                text = other.unrecognized.get(key);
            }
            if (!table.add(low, renumbered, time)) {
                twice.counted(renumbered, pair, text, time);
            } else if (pair != null || text != null) {
                extras(new SlotKey(low, (renumbered | EventTable.USED) & EventTable.keyMask(renumbered)), pair, text);
            }
        });
        for (Map.Entry<TextKey, long[]> e : other.texts.entrySet()) {
            long meta = e.getValue()[0];
            long time = e.getValue()[1];
            long renumbered = renumbered(meta, remap, groupRemap);
            TextKey key = e.getKey();
            TextKey renamed = key.stream < 0 ? key : new TextKey(key.text, remap[key.stream]);
            Long pair = other.undocumented.get(key);
            String text = other.unrecognized.get(key);
            if (texts.putIfAbsent(renamed, new long[] {renumbered, time}) != null) {
                twice.counted(renumbered, pair, text, time);
            } else {
                extras(renamed, pair, text);
            }
        }
    }

    /**
     * A contribution of the other side in this one's numbers: its stream by {@code remap}, a group of
     * causes by {@code groupRemap} (no group where it found no room).
     */
    static long renumbered(long meta, int[] remap, int[] groupRemap) {
        long renumbered = (meta & ~0xFFFFFFFFL) | (remap[(int) meta] & 0xFFFFFFFFL);
        int cause = (int) (meta >>> Tally.CAUSE_SHIFT & 0x7F);
        if (cause > CAUSES) {
            int group = groupRemap[cause - CAUSES - 1];
            renumbered &= ~(0x7FL << Tally.CAUSE_SHIFT);
            if (group >= 0) {
                renumbered |= (long) (CAUSES + 1 + group) << Tally.CAUSE_SHIFT;
            }
        }
        return renumbered;
    }

    /** A key in a slot, as a map key: its low word and the key bits of its meta. */
    static final class SlotKey {
        final long low;
        final long high;

        SlotKey(long low, long high) {
            this.low = low;
            this.high = high;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SlotKey && ((SlotKey) other).low == low && ((SlotKey) other).high == high;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(low) * 31 + Long.hashCode(high);
        }
    }

    /** An identity that fits no slot: its text, and its stream for a span (-1 for a sequence). */
    static final class TextKey {
        final String text;
        final int stream;

        TextKey(String text, int stream) {
            this.text = text;
            this.stream = stream;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TextKey
                    && ((TextKey) other).stream == stream
                    && ((TextKey) other).text.equals(text);
        }

        @Override
        public int hashCode() {
            return Objects.hash(text, stream);
        }
    }
}
