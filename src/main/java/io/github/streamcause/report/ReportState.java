package io.github.streamcause.report;

import io.github.streamcause.Category;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The binary form of a report's whole state (format version 3; versions 1 and 2 are read too), written by
 * {@link InterruptionReport#writeTo(OutputStream)}.
 *
 * <p>Layout, big-endian ({@link DataOutputStream}): the magic {@code "SCRS"}, the version (2 bytes), then
 * the body, then the CRC-32 of magic, version and body (4 bytes). The body begins with the vocabulary: the
 * keys of the causes ({@link InterruptionCause#key()}), the names of the categories and of the
 * recoveries, in the writer's order, and (since version 2) the groups of causes that shared texts name,
 * each as places in the list of causes; every count and every packed contribution after it refers to
 * them by their place in that list (a contribution's cause by its place among the causes, then among the
 * groups), so that the state never depends on this version's enum order and a state naming a cause this
 * version does not know is refused. Then the totals, the counts by category, recovery, cause and (2)
 * group, the undocumented pairs, (2) the unrecognised texts, (3) the other events by kind, (3) the
 * timeline (each minute with its pushes, interruptions, and interruptions by category and by recovery in
 * the order of the names written), the streams with their counts, the time span, (2) how many rejected
 * samples to keep, the rejected samples, the inputs, the event identities with their contributions and (3)
 * times, the undocumented pairs of identities, (2) the unrecognised texts of identities, and (3) the
 * events without identity (contribution and time). Times are packed as {@link When} does. Strings are a
 * length and UTF-8 bytes. A state of version 1 or 2 has no timeline, its identities no time, and no
 * events without identity.
 *
 * <p>Reading trusts nothing: every count and index is checked, and lengths are never used to allocate
 * more than a bounded amount ahead, so a hostile state cannot exhaust memory faster than its own size.
 */
// ordinals are written as places in the vocabulary written alongside them, and mapped back by key
@SuppressWarnings("EnumOrdinal")
final class ReportState {
    static final int VERSION = 3;
    private static final byte[] MAGIC = {'S', 'C', 'R', 'S'};
    private static final int MAX_STRING_BYTES = 1 << 24;
    private static final int MAX_AHEAD = 1 << 16;
    private static final InterruptionCause[] CAUSES = InterruptionCause.values();

    private ReportState() {}

    static void write(Tally t, OutputStream target) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(
                new java.io.BufferedOutputStream(new CheckedOutputStream(new Unclosed(target), crc), 1 << 16));
        out.write(MAGIC);
        out.writeShort(VERSION);
        InterruptionCause[] causes = InterruptionCause.values();
        out.writeInt(causes.length);
        for (InterruptionCause c : causes) {
            string(out, c.key());
        }
        out.writeInt(Category.values().length);
        for (Category c : Category.values()) {
            string(out, c.name());
        }
        out.writeInt(Recovery.values().length);
        for (Recovery r : Recovery.values()) {
            string(out, r.name());
        }
        // the groups with interruptions: only they can be named by a contribution (each one counted)
        Counts c = t.counts;
        List<Integer> used = new ArrayList<>();
        int[] place = new int[CauseGroups.MAX]; // a group's number to its place among those written
        for (int i = 0; i < c.byGroup.length; i++) {
            if (c.byGroup[i] != 0) {
                place[i] = used.size();
                used.add(i);
            }
        }
        out.writeInt(used.size());
        for (int number : used) {
            List<InterruptionCause> group = t.groups.causes(number);
            out.writeInt(group.size());
            for (InterruptionCause cause : group) {
                out.writeInt(cause.ordinal());
            }
        }
        out.writeLong(c.interruptions);
        out.writeLong(c.pushes);
        out.writeLong(c.duplicates);
        out.writeLong(c.rejected);
        out.writeLong(c.otherEvents);
        longs(out, c.byCategory);
        longs(out, c.byRecovery);
        longs(out, c.byCause);
        for (int number : used) {
            out.writeLong(c.byGroup[number]);
        }
        out.writeInt(c.undocumentedPairs.size());
        for (Map.Entry<Long, Long> e : c.undocumentedPairs.entrySet()) {
            out.writeLong(e.getKey());
            out.writeLong(e.getValue());
        }
        out.writeInt(c.unrecognizedTexts.size());
        for (Map.Entry<String, Long> e : c.unrecognizedTexts.entrySet()) {
            string(out, e.getKey());
            out.writeLong(e.getValue());
        }
        out.writeInt(c.otherByKind.size());
        for (Map.Entry<String, Long> e : c.otherByKind.entrySet()) {
            string(out, e.getKey());
            out.writeLong(e.getValue());
        }
        List<Long> minutes = new ArrayList<>(t.timeline.minutes.keySet());
        Collections.sort(minutes);
        out.writeInt(minutes.size());
        for (long minute : minutes) {
            out.writeLong(minute);
            longs(out, t.timeline.minutes.get(minute));
        }
        Streams s = t.streams;
        out.writeInt(s.size());
        for (int i = 0; i < s.size(); i++) {
            StreamKey key = s.key(i);
            string(out, key.domain());
            string(out, key.appName());
            string(out, key.streamName());
            out.writeLong(s.interruptions[i]);
            out.writeLong(s.fixRequired[i]);
            out.writeLong(s.pushes[i]);
        }
        out.writeLong(t.firstEpochSecond);
        out.writeLong(t.lastEpochSecond);
        out.writeInt(t.sampleLimit);
        out.writeInt(t.rejectedSamples.size());
        for (Rejection r : t.rejectedSamples) {
            string(out, r.source());
            out.writeLong(r.line());
            string(out, r.reason());
        }
        out.writeInt(t.inputs.size());
        for (InputSummary i : t.inputs) {
            string(out, i.name());
            string(out, i.kind());
            out.writeLong(i.lines());
            out.writeLong(i.rejected());
            out.writeLong(i.filteredOut());
        }
        Dedup d = t.dedup;
        out.writeInt(d.table.size());
        IOException[] failed = new IOException[1];
        d.table.forEach((low, meta, time) -> {
            if (failed[0] == null) {
                try {
                    out.writeLong(low);
                    out.writeLong(written(meta, place));
                    out.writeLong(time);
                } catch (IOException e) {
                    failed[0] = e;
                }
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        out.writeInt(d.texts.size());
        for (Map.Entry<Dedup.TextKey, long[]> e : d.texts.entrySet()) {
            string(out, e.getKey().text);
            out.writeInt(e.getKey().stream);
            out.writeLong(written(e.getValue()[0], place));
            out.writeLong(e.getValue()[1]);
        }
        out.writeInt(d.undocumented.size());
        for (Map.Entry<Object, Long> e : d.undocumented.entrySet()) {
            identity(out, e.getKey());
            out.writeLong(e.getValue());
        }
        out.writeInt(d.unrecognized.size());
        for (Map.Entry<Object, String> e : d.unrecognized.entrySet()) {
            identity(out, e.getKey());
            string(out, e.getValue());
        }
        out.writeInt(t.loose.size);
        for (int i = 0; i < t.loose.size; i++) {
            out.writeLong(written(t.loose.meta(i), place));
            out.writeLong(t.loose.when(i));
        }
        out.flush();
        new DataOutputStream(target).writeInt((int) crc.getValue());
        target.flush();
    }

    /** A contribution as written: a group as its place among the groups written, after the causes. */
    private static long written(long meta, int[] place) {
        int cause = (int) (meta >>> Tally.CAUSE_SHIFT & 0x7F);
        if (cause <= CAUSES.length) {
            return meta;
        }
        long group = (long) CAUSES.length + 1 + place[cause - CAUSES.length - 1];
        return (meta & ~(0x7FL << Tally.CAUSE_SHIFT)) | (group << Tally.CAUSE_SHIFT);
    }

    /** A key of {@link Dedup}'s side maps: a slot's key (0) or a text identity (1). */
    private static void identity(DataOutputStream out, Object key) throws IOException {
        if (key instanceof Dedup.SlotKey) {
            Dedup.SlotKey k = (Dedup.SlotKey) key;
            out.writeByte(0);
            out.writeLong(k.low);
            out.writeLong(k.high);
        } else {
            Dedup.TextKey k = (Dedup.TextKey) key;
            out.writeByte(1);
            string(out, k.text);
            out.writeInt(k.stream);
        }
    }

    private static Object identity(DataInputStream in, String what) throws IOException {
        int form = in.readUnsignedByte();
        if (form == 0) {
            return new Dedup.SlotKey(in.readLong(), in.readLong());
        } else if (form == 1) {
            return new Dedup.TextKey(string(in), in.readInt());
        }
        throw corrupt("an " + what + " identity has form " + form);
    }

    static Tally read(InputStream source) throws IOException {
        CRC32 crc = new CRC32();
        DataInputStream in = new DataInputStream(new CheckedInputStream(source, crc));
        byte[] magic = new byte[MAGIC.length];
        int got = 0;
        for (int n; got < magic.length && (n = in.read(magic, got, magic.length - got)) > 0; ) {
            got += n;
        }
        if (got < magic.length || !java.util.Arrays.equals(magic, MAGIC)) {
            throw new InvalidStateException("not a StreamCause report state: it does not begin with \"SCRS\""
                    + (got == 0 ? " (the input is empty)" : ""));
        }
        try {
            int version = in.readUnsignedShort();
            if (version < 1 || version > VERSION) {
                throw new InvalidStateException("report state of format version " + version
                        + "; this version of StreamCause reads versions 1 to " + VERSION);
            }
            Tally t = body(in, version);
            int expected = (int) crc.getValue();
            int actual = new DataInputStream(source).readInt();
            if (actual != expected) {
                throw new InvalidStateException("corrupt report state: its checksum does not match");
            }
            return t;
        } catch (EOFException e) {
            throw new InvalidStateException("report state cut short: the input ends inside it", e);
        }
    }

    private static Tally body(DataInputStream in, int version) throws IOException {
        int[] causeMap = vocabulary(in, "cause", InterruptionCause.values(), InterruptionCause::key);
        int[] categoryMap = vocabulary(in, "category", Category.values(), Category::name);
        int[] recoveryMap = vocabulary(in, "recovery", Recovery.values(), Recovery::name);
        Tally t = new Tally(io.github.streamcause.Classification.defaults());
        int[] groupMap = version >= 2 ? groups(in, causeMap, t.groups) : new int[0];
        // a contribution's cause: a place among the written causes, then among the written groups
        int[] causeOrGroup = Arrays.copyOf(causeMap, causeMap.length + groupMap.length);
        for (int i = 0; i < groupMap.length; i++) {
            causeOrGroup[causeMap.length + i] = CAUSES.length + groupMap[i];
        }
        Counts c = t.counts;
        c.interruptions = count(in, "interruptions");
        c.pushes = count(in, "pushes");
        c.duplicates = count(in, "duplicates");
        c.rejected = count(in, "rejected lines");
        c.otherEvents = count(in, "other events");
        counts(in, c.byCategory, categoryMap, "category");
        counts(in, c.byRecovery, recoveryMap, "recovery");
        counts(in, c.byCause, causeMap, "cause");
        counts(in, c.byGroup, groupMap, "group");
        int pairs = size(in, "undocumented pairs");
        for (int i = 0; i < pairs; i++) {
            long pair = in.readLong();
            long count = count(in, "undocumented pair");
            if (count == 0 || c.undocumentedPairs.put(pair, count) != null) {
                throw corrupt("an undocumented pair is listed twice or with no count");
            }
        }
        int texts = version >= 2 ? size(in, "unrecognised texts") : 0;
        for (int i = 0; i < texts; i++) {
            String text = string(in);
            long count = count(in, "unrecognised text");
            if (count == 0 || text.isEmpty() || c.unrecognizedTexts.put(text, count) != null) {
                throw corrupt("an unrecognised text is empty, listed twice or with no count");
            }
        }
        int kinds = version >= 3 ? size(in, "kinds of other events") : 0;
        for (int i = 0; i < kinds; i++) {
            String kind = string(in);
            long count = count(in, "other events of a kind");
            if (count == 0 || kind.isEmpty() || c.otherByKind.put(kind, count) != null) {
                throw corrupt("a kind of other events is empty, listed twice or with no count");
            }
        }
        int minutes = version >= 3 ? size(in, "timeline minutes") : 0;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < minutes; i++) {
            long minute = in.readLong();
            if (i > 0 && minute <= previous) {
                throw corrupt("the timeline's minutes are not in order");
            }
            previous = minute;
            long[] counts = new long[Timeline.WIDTH];
            counts[Timeline.PUSHES] = count(in, "timeline pushes");
            counts[Timeline.INTERRUPTIONS] = count(in, "timeline interruptions");
            long[] categories = new long[Category.values().length];
            counts(in, categories, categoryMap, "timeline category");
            System.arraycopy(categories, 0, counts, Timeline.CATEGORY, categories.length);
            long[] recoveries = new long[Recovery.values().length];
            counts(in, recoveries, recoveryMap, "timeline recovery");
            System.arraycopy(recoveries, 0, counts, Timeline.RECOVERY, recoveries.length);
            String problem = Timeline.problem(counts);
            if (problem != null || Arrays.stream(counts).allMatch(n -> n == 0)) {
                throw corrupt(problem != null ? problem : "a timeline minute has no count");
            }
            t.timeline.add(minute, counts);
        }
        Streams s = t.streams;
        int streams = size(in, "streams");
        for (int i = 0; i < streams; i++) {
            StreamKey key = new StreamKey(string(in), string(in), string(in));
            if (s.number(key) != i) {
                throw corrupt("stream " + key + " is listed twice");
            }
            s.interruptions[i] = count(in, "stream interruptions");
            s.fixRequired[i] = count(in, "stream FIX_REQUIRED interruptions");
            s.pushes[i] = count(in, "stream pushes");
        }
        t.firstEpochSecond = in.readLong();
        t.lastEpochSecond = in.readLong();
        t.sampleLimit = version >= 2 ? size(in, "rejected samples to keep") : Tally.MAX_REJECTED_SAMPLES;
        int rejections = size(in, "rejected samples");
        if (rejections > t.sampleLimit) {
            throw corrupt(rejections + " rejected samples, more than it keeps (" + t.sampleLimit + ")");
        }
        for (int i = 0; i < rejections; i++) {
            t.rejectedSamples.add(checked(() -> Rejection.of(string(in), in.readLong(), string(in))));
        }
        int inputs = size(in, "inputs");
        for (int i = 0; i < inputs; i++) {
            t.inputs.add(checked(
                    () -> InputSummary.of(string(in), string(in), in.readLong(), in.readLong(), in.readLong())));
        }
        Dedup d = t.dedup;
        int slots = size(in, "identities");
        for (int i = 0; i < slots; i++) {
            long low = in.readLong();
            long meta = contribution(in.readLong(), streams, causeOrGroup, categoryMap, recoveryMap);
            long time = version >= 3 ? in.readLong() : When.NONE;
            if ((meta & EventTable.USED) != 0 || !d.table.add(low, meta, time)) {
                throw corrupt("an event identity is listed twice or malformed");
            }
        }
        int textIdentities = size(in, "text identities");
        for (int i = 0; i < textIdentities; i++) {
            String text = string(in);
            int stream = in.readInt();
            if (stream < -1 || stream >= streams) {
                throw corrupt("a text identity names stream " + stream + " of " + streams);
            }
            long meta = contribution(in.readLong(), streams, causeOrGroup, categoryMap, recoveryMap);
            long time = version >= 3 ? in.readLong() : When.NONE;
            if (d.texts.put(new Dedup.TextKey(text, stream), new long[] {meta, time}) != null) {
                throw corrupt("a text identity is listed twice");
            }
        }
        int undocumented = size(in, "undocumented identities");
        for (int i = 0; i < undocumented; i++) {
            if (d.undocumented.put(identity(in, "undocumented"), in.readLong()) != null) {
                throw corrupt("an undocumented identity is listed twice");
            }
        }
        int unrecognized = version >= 2 ? size(in, "identities with unrecognised texts") : 0;
        for (int i = 0; i < unrecognized; i++) {
            Object key = identity(in, "unrecognised text");
            String text = string(in);
            if (text.isEmpty() || d.unrecognized.put(key, text) != null) {
                throw corrupt("an identity's unrecognised text is empty or listed twice");
            }
        }
        int loose = version >= 3 ? size(in, "events without identity") : 0;
        for (int i = 0; i < loose; i++) {
            long meta = contribution(in.readLong(), streams, causeOrGroup, categoryMap, recoveryMap);
            if ((meta & ~(Tally.CONTRIBUTION | 0xFFFFFFFFL)) != 0) {
                throw corrupt("an event without identity is malformed");
            }
            t.loose.add(meta, in.readLong());
        }
        check(t);
        return t;
    }

    /** The figures must add up as a report's do. */
    static void check(Tally t) throws InvalidStateException {
        Counts c = t.counts;
        if (sum(c.byCategory) != c.interruptions) {
            throw corrupt("the counts by category do not add up to the interruptions");
        }
        if (sum(c.byRecovery) > c.interruptions || sum(c.byCause) + sum(c.byGroup) > c.interruptions) {
            throw corrupt("more interruptions by recovery or cause than interruptions");
        }
        if (sum(t.streams.interruptions) != c.interruptions || sum(t.streams.pushes) != c.pushes) {
            throw corrupt("the streams' counts do not add up to the totals");
        }
        if (t.rejectedSamples.size() > c.rejected) {
            throw corrupt("more rejected samples than rejected lines");
        }
        long byKind = 0;
        for (long n : c.otherByKind.values()) {
            byKind += n;
            if (n <= 0 || byKind < 0) {
                throw corrupt("other events of a kind are not a positive count");
            }
        }
        if (byKind > c.otherEvents) {
            throw corrupt("more other events by kind than other events");
        }
        if (t.dedup.size() > c.interruptions + c.pushes) {
            throw corrupt("more event identities than events");
        }
        if (t.dedup.size() + t.loose.size > c.interruptions + c.pushes) {
            throw corrupt("more events kept than counted");
        }
        long timedPushes = 0;
        long timedInterruptions = 0;
        for (long[] minute : t.timeline.minutes.values()) {
            String problem = Timeline.problem(minute);
            if (problem != null) {
                throw corrupt(problem);
            }
            timedPushes += minute[Timeline.PUSHES];
            timedInterruptions += minute[Timeline.INTERRUPTIONS];
            if (timedPushes < 0 || timedInterruptions < 0) {
                throw corrupt("the timeline's counts overflow");
            }
        }
        if (timedPushes > c.pushes || timedInterruptions > c.interruptions) {
            throw corrupt("more pushes or interruptions in the timeline than in the totals");
        }
    }

    private interface Reading<T> {
        T read() throws IOException;
    }

    /** A value object built from read parts; its own argument checks become corrupt-state errors. */
    private static <T> T checked(Reading<T> reading) throws IOException {
        try {
            return reading.read();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw corrupt(e.getMessage());
        }
    }

    /** A packed contribution in the writer's vocabulary, in this version's. */
    private static long contribution(long meta, int streams, int[] causes, int[] categories, int[] recoveries)
            throws InvalidStateException {
        int stream = (int) meta;
        if (stream < 0 || stream >= streams) {
            throw corrupt("an event identity names stream " + stream + " of " + streams);
        }
        int cause = (int) (meta >>> Tally.CAUSE_SHIFT & 0x7F);
        int category = (int) (meta >>> Tally.CATEGORY_SHIFT & 0x7);
        int recovery = (int) (meta >>> Tally.RECOVERY_SHIFT & 0x3);
        long mapped =
                meta & ~(0x7FL << Tally.CAUSE_SHIFT | 0x7L << Tally.CATEGORY_SHIFT | 0x3L << Tally.RECOVERY_SHIFT);
        mapped |= (long) place(cause, causes) << Tally.CAUSE_SHIFT;
        mapped |= (long) place(category, categories) << Tally.CATEGORY_SHIFT;
        mapped |= (long) place(recovery, recoveries) << Tally.RECOVERY_SHIFT;
        return mapped;
    }

    /** A place + 1 in the writer's list (0: none) to an ordinal + 1 in this version's. */
    private static int place(int written, int[] map) throws InvalidStateException {
        if (written == 0) {
            return 0;
        }
        if (written > map.length) {
            throw corrupt("an event names entry " + written + " of a list of " + map.length);
        }
        return map[written - 1] + 1;
    }

    /**
     * The writer's groups of causes, numbered in {@code into} (the new report's): each a number of causes,
     * at least two, then their places in the writer's list of causes.
     */
    private static int[] groups(DataInputStream in, int[] causeMap, CauseGroups into) throws IOException {
        int size = size(in, "groups");
        if (size > CauseGroups.MAX) {
            throw corrupt("a list of " + size + " groups of causes");
        }
        int[] map = new int[size];
        for (int i = 0; i < size; i++) {
            int causes = size(in, "causes of a group");
            if (causes < 2 || causes > causeMap.length) {
                throw corrupt("a group of " + causes + " causes");
            }
            EnumSet<InterruptionCause> group = EnumSet.noneOf(InterruptionCause.class);
            for (int j = 0; j < causes; j++) {
                int place = in.readInt();
                if (place < 0 || place >= causeMap.length || !group.add(CAUSES[causeMap[place]])) {
                    throw corrupt("a group names cause " + place + " of " + causeMap.length + " or one twice");
                }
            }
            List<InterruptionCause> causesOfGroup = Collections.unmodifiableList(new ArrayList<>(group));
            if (into.contains(causesOfGroup)) {
                throw corrupt("the group " + causesOfGroup + " is listed twice");
            }
            map[i] = into.number(causesOfGroup); // room for all: at most MAX were read
        }
        return map;
    }

    private interface Name<E> {
        String of(E e);
    }

    /** The writer's list of names, as ordinals of {@code values}; a name this version lacks is refused. */
    private static <E extends Enum<E>> int[] vocabulary(DataInputStream in, String what, E[] values, Name<E> name)
            throws IOException {
        Map<String, Integer> known = new HashMap<>();
        for (E e : values) {
            known.put(name.of(e), e.ordinal());
        }
        int size = size(in, what + " names");
        if (size > 1024) {
            throw corrupt("a list of " + size + " " + what + " names");
        }
        int[] map = new int[size];
        for (int i = 0; i < size; i++) {
            String written = string(in);
            Integer ordinal = known.get(written);
            if (ordinal == null) {
                if (!isName(written)) { // a damaged length read garbage (up to 16 MiB of it) as a name
                    throw corrupt("the " + what + " names hold " + written.length() + " characters that are no name");
                }
                throw new InvalidStateException("report state names the " + what + " \"" + written
                        + "\", which this version of StreamCause does not know: read it with the version"
                        + " that wrote it, or a newer one");
            }
            map[i] = ordinal;
        }
        return map;
    }

    /** What a name another version writes looks like (a key such as 18.202, an enum's name): short, printable. */
    private static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) <= ' ' || s.charAt(i) > '~') {
                return false;
            }
        }
        return true;
    }

    private static void counts(DataInputStream in, long[] into, int[] map, String what) throws IOException {
        for (int ordinal : map) {
            into[ordinal] += count(in, what + " count");
        }
    }

    private static long count(DataInputStream in, String what) throws IOException {
        long n = in.readLong();
        if (n < 0) {
            throw corrupt(what + " is negative: " + n);
        }
        return n;
    }

    private static int size(DataInputStream in, String what) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw corrupt("the number of " + what + " is negative: " + n);
        }
        return n;
    }

    private static long sum(long[] counts) {
        long sum = 0;
        for (long n : counts) {
            sum += n;
        }
        return sum;
    }

    private static InvalidStateException corrupt(String what) {
        return new InvalidStateException("corrupt report state: " + what);
    }

    private static void longs(DataOutputStream out, long[] counts) throws IOException {
        for (long n : counts) {
            out.writeLong(n);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw corrupt("a string of " + length + " bytes");
        }
        // read in bounded steps: a hostile length must not allocate more than the input holds
        byte[] bytes = new byte[Math.min(length, MAX_AHEAD)];
        int read = 0;
        while (read < length) {
            if (read == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.min(length, bytes.length * 2));
            }
            in.readFully(bytes, read, Math.min(bytes.length, length) - read);
            read = Math.min(bytes.length, length);
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** The caller owns its stream: closing the writer's wrappers must not close it. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
